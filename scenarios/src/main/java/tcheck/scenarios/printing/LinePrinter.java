package tcheck.scenarios.printing;

/** How a thread prints one line on the shared {@link Console}: one class per way, one lesson per file. */
interface LinePrinter {
    /** Prints {@code line} followed by a newline. */
    void printLine(String line);
}
