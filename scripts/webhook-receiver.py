"""A webhook receiver for scripts/replicas-e2e.sh: answers 204 to every POST and appends one JSON line
per delivery ({"path", "webhook_id", "body"}) to the file named by its second argument."""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        line = {"path": self.path, "webhook_id": self.headers.get("webhook-id"), "body": json.loads(body)}
        with open(sys.argv[2], "a", encoding="utf-8") as out:
            out.write(json.dumps(line) + "\n")
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Receiver).serve_forever()
