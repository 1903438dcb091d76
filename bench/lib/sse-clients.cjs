/**
 * The browsers of the notifications benchmark (bench/notifications.ts), in their own process so their sockets and
 * buffers do not count in the server's memory. The parent sends { url, tokens }; each token opens one
 * GET /api/v1/notifications/stream with its session cookie, as an EventSource would. It answers
 * { ready: n } once every stream has its first event (`unread`: the server has subscribed it), then
 * { id, title, at } for each `notification` event, `at` on the shared wall clock (timeOrigin + now, sub-millisecond).
 */
const http = require("node:http");
const { performance } = require("node:perf_hooks");

const now = () => performance.timeOrigin + performance.now();

function open(base, token, onEvent, onReady, onFail) {
  const request = http.get(`${base}/api/v1/notifications/stream?maxSeconds=3600`, {
    agent: false,
    headers: { cookie: `wl_session=${token}`, accept: "text/event-stream" },
  });
  request.on("response", (response) => {
    if (response.statusCode !== 200) {
      onFail(`stream answered ${response.statusCode}`);
      response.resume();
      return;
    }
    response.setEncoding("utf8");
    let buffer = "";
    let ready = false;
    response.on("data", (chunk) => {
      buffer += chunk;
      let end = buffer.indexOf("\n\n");
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (name === "unread" && !ready) {
          ready = true;
          onReady();
        } else if (name === "notification" && data) {
          const view = JSON.parse(data);
          onEvent(view.id, view.title);
        }
        end = buffer.indexOf("\n\n");
      }
    });
  });
  request.on("error", (error) => onFail(error.message));
  return request;
}

process.on("message", ({ url, tokens }) => {
  let ready = 0;
  const requests = [];
  const fail = (reason) => process.send({ failed: reason });
  const event = (id, title) => process.send({ id, title, at: now() });
  const opened = () => {
    ready += 1;
    if (ready === tokens.length) {
      process.send({ ready });
    }
  };
  // Opened in waves of 100, as tabs come and go, not one burst of a thousand handshakes.
  let next = 0;
  const wave = () => {
    for (const token of tokens.slice(next, next + 100)) {
      requests.push(open(url, token, event, opened, fail));
    }
    next += 100;
    if (next < tokens.length) {
      setTimeout(wave, 50);
    }
  };
  wave();
  process.on("disconnect", () => {
    for (const request of requests) {
      request.destroy();
    }
    process.exit(0);
  });
});
