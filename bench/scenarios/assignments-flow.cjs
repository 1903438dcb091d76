// One full assignment lifecycle per pass through autocannon's request list: create, send to 20 workers, accept,
// check in, submit, approve. Autocannon's worker thread loads this file with require(), so it is plain CommonJS; it
// serves as both hooks (setupRequest gets an object first, onResponse a status code).
"use strict";

const RECIPIENTS = 20;
let next = 0;
const json = (cookie) => ({ cookie, "content-type": "application/json" });

function setup(request, context) {
  const step = request.path.split("/").pop();
  if (step === "assignments") {
    const count = context.workers.length;
    const me = next++ % count;
    context.me = context.workers[me];
    context.recipients = [];
    for (let i = 0; i < Math.min(RECIPIENTS, count); i++) {
      context.recipients.push(context.workers[(me + i) % count].id);
    }
    return { ...request, headers: json(context.client), body: context.createBody };
  }
  const asWorker = step === "accept" || step === "check-in" || step === "submit";
  const bodies = { send: { workerIds: context.recipients }, "check-in": {}, submit: { hours: 2 } };
  const cookie = asWorker ? context.me.cookie : context.client;
  const path = request.path.replace(":id", context.id);
  // A JSON content type with no body is refused (400), so body-less steps send neither.
  return bodies[step]
    ? { ...request, path, headers: json(cookie), body: JSON.stringify(bodies[step]) }
    : { ...request, path, headers: { cookie }, body: undefined };
}

function onResponse(status, body, context) {
  if (status === 201) {
    context.id = JSON.parse(body).id;
  }
}

module.exports = function hook(first, second, third) {
  return typeof first === "number" ? onResponse(first, second, third) : setup(first, second);
};
