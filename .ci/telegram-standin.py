#!/usr/bin/env python3
"""A stand-in for Telegram's Bot API, for .ci/image: on 127.0.0.1:PORT (argv[1]) it answers getMe for a
bot called image_check_bot, accepts every other method, and appends the text of each sendMessage
to the file argv[2], one JSON string a line."""
import json
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, SENT = int(sys.argv[1]), sys.argv[2]


class BotApi(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
        method = self.path.rsplit("/", 1)[-1]
        result = True
        if method == "getMe":
            result = {"id": 4242, "is_bot": True, "first_name": "Check", "username": "image_check_bot"}
        elif method == "sendMessage":
            form = dict(urllib.parse.parse_qsl(body))
            with open(SENT, "a", encoding="utf-8") as sent:
                sent.write(json.dumps(form.get("text", "")) + "\n")
            result = {"message_id": 9, "date": 0, "chat": {"id": int(form.get("chat_id", 0)), "type": "private"}}
        reply = json.dumps({"ok": True, "result": result}).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_GET = do_POST

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), BotApi).serve_forever()
