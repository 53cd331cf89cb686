package dev.gauntlet.harness.worker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One end of the private channel: JSON lines over a loopback socket. Never the worker's stdout,
 * which the candidate can write to. Sends may come from any thread.
 */
public final class Channel implements Closeable {

  static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Socket socket;
  private final BufferedReader in;
  private final OutputStream out;

  Channel(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new BufferedReader(
        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    this.out = socket.getOutputStream();
  }

  /** Connects a worker to the parent listening on {@code port} of the loopback address. */
  public static Channel connect(int port) throws IOException {
    return new Channel(new Socket(InetAddress.getLoopbackAddress(), port));
  }

  /** Sends one message. */
  public synchronized void send(Message message) throws IOException {
    byte[] line = (JSON.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
    out.write(line);
    out.flush();
  }

  /**
   * Returns the next message, or null once the other end has closed the channel.
   *
   * @throws IOException if the line is not a message, or the connection broke
   */
  public Message receive() throws IOException {
    String line = in.readLine();
    return line == null ? null : JSON.readValue(line, Message.class);
  }

  /** Sets how long {@link #receive()} may block; 0 for ever. */
  void receiveTimeout(int millis) throws IOException {
    socket.setSoTimeout(millis);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
