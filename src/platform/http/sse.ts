import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Where a Server-Sent Events stream writes: the raw response, so nothing buffers an event. */
export interface EventSink {
  write(chunk: string): boolean;
  end(): void;
  onClose(listener: () => void): void;
}

const open = new WeakMap<FastifyInstance, Set<() => void>>();

/**
 * Takes the response over for a Server-Sent Events stream: the headers the hooks set (security headers, request id)
 * plus the stream's own, then the raw socket. The stream ends when the client goes or the server closes.
 */
export function openEventStream(request: FastifyRequest, reply: FastifyReply): EventSink {
  reply.hijack();
  reply.raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    "x-accel-buffering": "no",
  });
  const streams = open.get(request.server) ?? new Set();
  open.set(request.server, streams);
  // An ended stream's connection is not reused (EventSource opens a new one): destroying it also lets the server
  // close without waiting for a socket the client left half-open.
  const socket = request.raw.socket;
  const end = () => reply.raw.end(() => socket.destroy());
  streams.add(end);
  reply.raw.once("close", () => {
    streams.delete(end);
    socket.destroy();
  });
  return {
    write: (chunk) => reply.raw.write(chunk),
    end,
    onClose: (listener) => reply.raw.once("close", listener),
  };
}

/** Ends every open stream of this server, so closing it does not wait for clients that never hang up. */
export function closeEventStreams(server: FastifyInstance): void {
  for (const end of open.get(server) ?? []) {
    end();
  }
}
