package dev.gauntlet.harness.worker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A worker JVM seen from the parent: started with a heap limit, killed (with everything it
 * spawned) at its wall-clock limit, its output captured in a capped log, and reachable through
 * the channel it opens with its one-time token.
 */
public final class WorkerProcess implements AutoCloseable {

  /** How long an unknown connection may take to say hello before it is dropped. */
  private static final int HELLO_MILLIS = 10_000;

  private final Process process;
  private final ServerSocket server;
  private final String token;
  private final Thread log;
  private volatile boolean timedOut;
  private volatile boolean killedAfterGrace;

  private WorkerProcess(Process process, ServerSocket server, String token, Thread log) {
    this.process = process;
    this.server = server;
    this.token = token;
    this.log = log;
  }

  /**
   * Starts {@code WorkerMain} with {@code args} (after {@code --port} and {@code --token}).
   *
   * @param classPath the worker's class path
   * @param heap the maximum heap, as for {@code -Xmx}
   * @param args the worker's own arguments
   * @param logFile where its stdout and stderr go, capped at 1 MiB
   * @param limit its wall-clock limit, from now
   */
  public static WorkerProcess start(String classPath, String heap, List<String> args,
      Path logFile, Duration limit) throws IOException {
    return start(classPath, heap, WorkerMain.class.getName(), args, logFile, limit);
  }

  /** Starts {@code mainClass} as a worker; the harness's own tests start fake workers. */
  static WorkerProcess start(String classPath, String heap, String mainClass, List<String> args,
      Path logFile, Duration limit) throws IOException {
    ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    String token = HexFormat.of().formatHex(secret);
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + heap,
        "-cp", classPath, mainClass,
        "--port", Integer.toString(server.getLocalPort()), "--token", token));
    command.addAll(args);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      server.close();
      throw e;
    }
    process.getOutputStream().close();
    Thread log = CappedLog.start(process.getInputStream(), logFile, CappedLog.DEFAULT_CAP);
    WorkerProcess worker = new WorkerProcess(process, server, token, log);
    CompletableFuture.delayedExecutor(limit.toMillis(), TimeUnit.MILLISECONDS)
        .execute(worker::expire);
    // Once the worker is gone nobody will connect: unblock accept().
    process.onExit().thenRun(worker::closeServer);
    return worker;
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Waits for the worker to connect and prove it holds the token. Connections without it are
   * dropped.
   *
   * @return the channel, or null if the worker died or was killed before connecting
   */
  public Channel awaitChannel() throws IOException {
    try {
      while (true) {
        Socket socket = server.accept();
        Channel channel = new Channel(socket);
        if (authenticated(channel)) {
          closeServer();
          return channel;
        }
        channel.close();
      }
    } catch (SocketException closed) {
      return null;
    }
  }

  private boolean authenticated(Channel channel) throws IOException {
    try {
      channel.receiveTimeout(HELLO_MILLIS);
      Message hello = channel.receive();
      channel.receiveTimeout(0);
      return hello != null && Message.HELLO.equals(hello.type()) && hello.token() != null
          && MessageDigest.isEqual(hello.token().getBytes(StandardCharsets.UTF_8),
              token.getBytes(StandardCharsets.UTF_8));
    } catch (SocketTimeoutException | com.fasterxml.jackson.core.JacksonException e) {
      return false;
    }
  }

  /** Returns whether the worker was killed for running past its limit. */
  public boolean timedOut() {
    return timedOut;
  }

  /**
   * Waits up to {@code grace} for the worker to exit on its own, then kills it.
   *
   * @return its exit status
   */
  public int awaitExit(Duration grace) throws InterruptedException {
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      killedAfterGrace = true;
      kill();
    }
    int status = process.waitFor();
    log.join(TimeUnit.SECONDS.toMillis(2)); // the last lines of its log
    return status;
  }

  /** Returns whether {@link #awaitExit} had to kill the worker. */
  public boolean killedAfterGrace() {
    return killedAfterGrace;
  }

  /** Kills the worker and every process it started. */
  public void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private void expire() {
    if (process.isAlive()) {
      timedOut = true;
      kill();
    }
  }

  private void closeServer() {
    try {
      server.close();
    } catch (IOException e) {
      // Closing a listening socket only fails if it is already closed.
    }
  }

  @Override
  public void close() {
    kill();
    closeServer();
  }
}
