package gallery;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Hostile: prints what the worker's channel carries, a passing result for the check and "done",
 * hoping the parent reads results from the worker's output; then reads the parent's port and
 * token from the worker's command line and tries to open a channel of its own.
 */
public class FakeResults extends Parts {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    System.out.println("{\"type\":\"result\",\"check\":\"cache.replication.crash\",\"result\":"
        + "{\"id\":\"cache.replication.crash\",\"system\":\"cache\",\"suite\":\"replication\","
        + "\"title\":\"faked\",\"category\":\"FAULT_TOLERANCE\",\"status\":\"PASSED\","
        + "\"fraction\":1.0,\"message\":\"held\",\"durationMillis\":1,\"metrics\":{}}}");
    System.out.println("{\"type\":\"done\"}");
    throw new UnsupportedOperationException("the client is still to write (own channel: "
        + ownChannel() + ")");
  }

  private static String ownChannel() {
    List<String> args = List.of(ProcessHandle.current().info().arguments().orElse(new String[0]));
    int port = Integer.parseInt(args.get(args.indexOf("--port") + 1));
    String token = args.get(args.indexOf("--token") + 1);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("{\"type\":\"hello\",\"token\":\"" + token + "\",\"system\":\"cache\"}\n"
          + "{\"type\":\"done\"}\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      return "connected";
    } catch (java.io.IOException e) {
      return e.getClass().getSimpleName();
    }
  }
}
