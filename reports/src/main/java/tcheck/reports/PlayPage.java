package tcheck.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import tcheck.results.text.SyncStateColumns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static tcheck.reports.Html.esc;

/**
 * "You are the scheduler": a page per play tree (written by the explorer into {@code <results>/play/}),
 * where a student picks which thread runs next and sees the steps and the shared state that follow,
 * until the program ends or fails. The whole tree is in the page, so it works from disk with no
 * server; each position in it came from a real run of the program with that schedule.
 */
final class PlayPage {
    static final String DIR = "play";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlayPage() {
    }

    /** One playable scenario: its id and the page's path relative to the report's root. */
    record Link(String id, String title, String href) {
    }

    /** Writes a page for every play tree found under the input directories; returns links, by id. */
    static List<Link> writeAll(List<Path> inputDirs, Path outDir) throws IOException {
        Map<String, JsonNode> trees = new TreeMap<>();
        for (Path dir : inputDirs) {
            Path play = dir.resolve(DIR);
            if (!Files.isDirectory(play)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(play, "*.json")) {
                for (Path f : files) {
                    try {
                        JsonNode tree = JSON.readTree(f.toFile());
                        if (tree.hasNonNull("scenario") && tree.path("positions").isArray()) {
                            trees.put(tree.get("scenario").asText(), tree);
                        }
                    } catch (IOException unreadable) {
                        // a play tree is an extra: an unreadable one is left out, the matrix does not depend on it
                    }
                }
            }
        }
        Path pages = outDir.resolve(DIR);
        Files.createDirectories(pages);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(pages, "*.html")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
        List<Link> links = new ArrayList<>();
        for (var e : trees.entrySet()) {
            String file = e.getKey().replace('/', '_') + ".html";
            Files.writeString(pages.resolve(file), render(e.getValue()), StandardCharsets.UTF_8);
            links.add(new Link(e.getKey(), e.getValue().path("title").asText(""), DIR + "/" + file));
        }
        return links;
    }

    static String render(JsonNode tree) {
        String id = tree.path("scenario").asText();
        StringBuilder h = new StringBuilder(Html.head("play " + id, ""));
        h.append("<body class=\"play\">\n<header class=\"page-head\">\n<p><a href=\"../index.html\">&larr; all scenarios</a></p>\n");
        h.append("<h1>You are the scheduler: ").append(esc(id)).append("</h1>\n");
        h.append("<p class=\"sub\">").append(esc(tree.path("title").asText(""))).append(" (bound ")
                .append(esc(tree.path("bound").asText(""))).append(")</p>\n");
        h.append("<p class=\"lesson\">").append(esc(tree.path("lesson").asText(""))).append("</p>\n");
        h.append("<p>Whenever more than one thread can run, pick the one that runs next. Try to make the program fail."
                + " Every position below came from a real run of the program with the choices made so far.</p>\n");
        h.append("</header>\n<main>\n");
        h.append("<div class=\"play-controls\"><button id=\"play-undo\" type=\"button\">undo</button>"
                + " <button id=\"play-restart\" type=\"button\">start again</button>"
                + " <span>schedule so far: <code id=\"play-schedule\"></code></span></div>\n");
        h.append("<div class=\"trace-scroll\"><table id=\"play-trace\" class=\"play-trace\"><thead><tr><th>#</th><th>thread</th>"
                + "<th>action</th><th>where</th><th>shared state after</th><th>locks and waits</th></tr></thead><tbody></tbody></table></div>\n");
        h.append("<section id=\"play-turn\" class=\"play-turn\" aria-live=\"polite\"><p id=\"play-question\"></p>"
                + "<div id=\"play-options\"></div><p id=\"play-end\"></p><p id=\"play-replay\"></p></section>\n");
        h.append("<script type=\"application/json\" id=\"play-tree\">")
                .append(withLocks(tree).toString().replace("</", "<\\/")).append("</script>\n");
        h.append("<script>\n").append(Html.asset("play.js")).append("</script>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Each step gets its locks-and-waits words (as the terminal prints them), for the page's last column. */
    private static JsonNode withLocks(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        for (JsonNode position : copy.path("positions")) {
            for (JsonNode step : position.path("steps")) {
                try {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) step).put("locks",
                            SyncStateColumns.compact(JSON.treeToValue(step, tcheck.results.TraceStep.class)));
                } catch (IOException | IllegalArgumentException unreadable) {
                    // a step the results contract cannot read shows no locks column, the rest of the page stands
                }
            }
        }
        return copy;
    }

    /** The index's list of playable scenarios (empty when there are none). */
    static String indexSection(List<Link> links) {
        if (links.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section class=\"play-links\"><h2>Be the scheduler</h2>\n"
                + "<p>Pick which thread runs next and try to reach the bug yourself:</p><ul>\n");
        for (Link l : links) {
            h.append("<li><a href=\"").append(esc(l.href())).append("\">").append(esc(l.id())).append("</a> ")
                    .append(esc(l.title())).append("</li>\n");
        }
        return h.append("</ul></section>\n").toString();
    }
}
