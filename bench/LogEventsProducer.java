import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts request.logged events on platform.request-logs as fast as the broker takes them, for the
 * ingestion benchmark: each one an RPC with two step logs, about 2 KB, as actions-service produces
 * them. Usage: java -cp 'kafka-lib/*' bench/LogEventsProducer.java <bootstrap> <events> <project>
 */
public class LogEventsProducer {
  public static void main(String[] args) {
    String bootstrap = args[0];
    int events = Integer.parseInt(args[1]);
    String project = args[2];
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrap);
    props.put("key.serializer", StringSerializer.class.getName());
    props.put("value.serializer", StringSerializer.class.getName());
    props.put("linger.ms", "20");
    props.put("batch.size", "262144");
    long started = System.nanoTime();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      for (int i = 0; i < events; i++) {
        String id = "req_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        producer.send(new ProducerRecord<>("platform.request-logs", id, event(id, project, i)));
      }
      producer.flush();
    }
    System.out.printf(
        "produced %d events in %.1f s%n", events, (System.nanoTime() - started) / 1e9);
  }

  static String event(String id, String project, int i) {
    String now = Instant.now().toString();
    String account = "acc_" + (i % 1000);
    String step =
        "{\"id\":\"%s:%d\",\"request_id\":\"%s\",\"step_id\":\"fetch_employees\",\"function\":\"request\","
            + "\"version\":\"1\",\"kind\":\"%s\",\"success\":true,\"status\":200,\"duration\":41,"
            + "\"provider_request\":{\"method\":\"GET\",\"url\":\"https://api.bamboohr.com/api/gateway.php/acme/v1/employees\","
            + "\"headers\":{\"authorization\":\"[REDACTED]\",\"accept\":\"application/json\"},\"body\":null,\"attempt\":1},"
            + "\"provider_response\":{\"status\":200,\"headers\":{\"content-type\":\"application/json\"},"
            + "\"body\":\"{\\\"employees\\\":[{\\\"id\\\":\\\"1\\\"},{\\\"id\\\":\\\"2\\\"}]}\"}}";
    String data =
        "{\"request_id\":\"" + id + "\",\"project_id\":\"" + project + "\",\"account_id\":\"" + account
            + "\",\"provider\":\"bamboohr\",\"service\":\"actions\",\"resource\":\"employees\","
            + "\"action\":\"bamboohr_list_employees\",\"http_method\":\"POST\",\"path\":\"/actions/rpc\","
            + "\"url\":\"http://127.0.0.1:8080/actions/rpc\",\"status\":200,\"success\":true,"
            + "\"event_datetime\":\"" + now + "\",\"start_time\":\"" + now + "\",\"end_time\":\"" + now
            + "\",\"duration\":57,\"is_worker\":false,\"source_type\":\"API\",\"source_id\":\"key_1\","
            + "\"source_ip\":\"10.0.0.7\",\"request\":{\"id\":\"" + id + "\",\"method\":\"POST\","
            + "\"headers\":{\"authorization\":\"[REDACTED]\",\"content-type\":\"application/json\","
            + "\"x-account-id\":\"" + account + "\"},\"url\":{\"url\":\"http://127.0.0.1:8080/actions/rpc\","
            + "\"path\":\"/actions/rpc\",\"query_params\":{}},\"body\":{\"action\":\"bamboohr_list_employees\"},"
            + "\"body_truncated\":false},\"response\":{\"status_code\":200,\"body\":{\"data\":[{\"id\":\"1\","
            + "\"first_name\":\"Ada\",\"last_name\":\"Lovelace\"},{\"id\":\"2\",\"first_name\":\"Alan\","
            + "\"last_name\":\"Turing\"}],\"next\":null},\"body_truncated\":false},\"step_requests\":["
            + String.format(step, id, 1, id, "request") + "," + String.format(step, id, 2, id, "mapping")
            + "]}";
    return "{\"specversion\":\"1.0\",\"id\":\"evt_" + id.substring(4) + "\",\"source\":\"/patchbay/actions-service\","
        + "\"type\":\"request.logged\",\"subject\":\"" + id + "\",\"time\":\"" + now
        + "\",\"datacontenttype\":\"application/json\",\"projectid\":\"" + project + "\",\"data\":" + data + "}";
  }
}
