"""A SPARQL endpoint that misbehaves on purpose, for kx's tests of endpoint faults.

Serves on 127.0.0.1 at a free port, which it prints on its first line, and answers by path:
  /empty    valid SPARQL JSON results with no solutions (a store that holds no kx export)
  /error    HTTP 500 with a message holding an ESC character
  /garbage  HTTP 200 that is not JSON
  /huge     HTTP 200 with 64 MiB of JSON whitespace
  /slow     waits 30 seconds before answering
anything else: HTTP 404. It stops when its standard input closes.
"""
import http.server
import socketserver
import sys
import threading
import time


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        if self.path == "/empty":
            self.answer(200, b'{"head": {"vars": ["dataset", "schema"]}, "results": {"bindings": []}}', "application/sparql-results+json")
        elif self.path == "/error":
            self.answer(500, b"Query evaluation failed: \x1b[31mboom\x1b[0m", "text/plain")
        elif self.path == "/garbage":
            self.answer(200, b"<html>not json</html>", "text/html")
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            chunk = b" " * (1 << 20)
            try:
                for _ in range(64):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/slow":
            time.sleep(30)
            self.answer(200, b"{}", "application/json")
        else:
            self.answer(404, b"no such endpoint", "text/plain")

    def answer(self, status, body, kind):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *arguments):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
