package dev.patchbay.actions.rpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorBody;
import dev.patchbay.common.error.ErrorKind;
import dev.patchbay.requestlog.RequestLogEntry;
import dev.patchbay.requestlog.RequestLogPublisher;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One action run as a request of its own, which no request filter sees (an MCP tool call): {@link
 * RpcService#run}, then its outcome (the answer or the error body) into its own request log, which
 * is published whatever happened. {@code POST /actions/rpc} needs none of this: the request filter
 * logs it.
 */
@ApplicationScoped
public class LoggedRpc {
  private final RpcService service;
  private final RequestLogPublisher logs;
  private final ObjectMapper json;

  public LoggedRpc(RpcService service, RequestLogPublisher logs, ObjectMapper json) {
    this.service = service;
    this.logs = logs;
    this.json = json;
  }

  /** The answer {@code {data, next}}; failures are thrown as they are, once logged. */
  public ObjectNode run(RequestLogEntry log, String projectId, String accountId, RpcRequest rpc) {
    try {
      ObjectNode answer = service.run(log, projectId, accountId, rpc);
      log.finish(200, answer);
      return answer;
    } catch (ApiException refused) {
      log.finish(refused.kind().status(), errorBody(refused));
      throw refused;
    } catch (RuntimeException unexpected) {
      log.finish(
          ErrorKind.INTERNAL.status(),
          json.valueToTree(ErrorBody.of(500, ErrorKind.INTERNAL.reason())));
      throw unexpected;
    } finally {
      logs.publish(log);
    }
  }

  /** The error body a refusal is answered with. */
  public ObjectNode errorBody(ApiException refused) {
    return json.valueToTree(
        ErrorBody.of(refused.kind().status(), refused.getMessage(), refused.providerErrors()));
  }
}
