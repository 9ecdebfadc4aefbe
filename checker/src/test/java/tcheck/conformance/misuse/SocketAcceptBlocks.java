package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static tcheck.conformance.Expect.Verdict.ERROR;

/**
 * A server thread calls {@code accept()} on a local socket no client ever connects to: a native
 * blocking call the checker cannot control or see the end of. The honest verdict is an error
 * saying where the thread blocks (this file), not a deadlock counterexample and not "verified".
 * Explored in a JVM of its own, so the blocked thread and its socket go away with it.
 */
@Expect(value = ERROR, message = "SocketAcceptBlocks.java", ownJvm = true)
public class SocketAcceptBlocks implements Runnable {
    private volatile boolean accepted;

    @Override
    public void run() {
        Thread server = new Thread(() -> {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.accept().close();
                accepted = true;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, "server");
        server.start();
        try {
            server.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
