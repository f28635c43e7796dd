package dev.talksbot.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback TCP listener that counts connections and would answer with a page (tests). */
record Trap(ServerSocket socket, AtomicInteger accepted) {
  static Trap on(String address, String articlePage) throws IOException {
    ServerSocket s = new ServerSocket(0, 10, InetAddress.getByName(address));
    Trap t = new Trap(s, new AtomicInteger());
    Thread th =
        new Thread(
            () -> {
              while (!s.isClosed()) {
                try (Socket c = s.accept()) {
                  t.accepted.incrementAndGet();
                  byte[] b = articlePage.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                  OutputStream o = c.getOutputStream();
                  o.write(
                      ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                              + "Content-Length: "
                              + b.length
                              + "\r\n\r\n")
                          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                  o.write(b);
                } catch (IOException e) {
                  // closed
                }
              }
            },
            "trap-" + address);
    th.setDaemon(true);
    th.start();
    return t;
  }

  int port() {
    return socket.getLocalPort();
  }
}
