import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each messages operation (platform/http/openapi.ts applies it by operationId). */
export const operations: OperationDocs = {
  listMessages: {
    summary: "List an assignment's messages",
    description:
      "Oldest first, as the caller may read them: the company sees every question, answer, thread message and internal " +
      "note; a worker sees their own questions and conversation and the questions shared with every invitee (without " +
      "the asker's name), never a note. Also each side's median time to a first answer, the open questions (company " +
      "only) and `canPost`: the kinds the caller may post now.",
  },
  postMessage: {
    summary: "Post a question, message or note",
    description:
      "`question`: an invited or assigned worker asks the company. `message` with `replyTo`: a company member answers " +
      "a question, `shared: true` showing it (anonymised) and the answer to every invited worker, else only to the " +
      "asker. `message`: the thread between the company and the assigned worker. `note`: internal to the company. " +
      "Messages are never deleted; `@Full Name` notifies a teammate. Viewers read only (403); the wrong time is 409.",
  },
  editMessage: {
    summary: "Edit a message",
    description:
      "The author corrects their message within 5 minutes of posting (409 `edit_window_closed` after); the earlier " +
      "text stays in the message's `edits`.",
  },
  attachMessageFile: {
    summary: "Attach a file to a message",
    description:
      "The author adds a file (multipart/form-data, part `file`) to their question, message or note within the 5 " +
      "minutes they may edit it (409 `edit_window_closed` after; 403 for someone else's message). The upload rules " +
      "of deliverables apply: the type is read from the bytes (415 for other types), at most 10 MB (413), and a " +
      "message carries at most 10 files (409 `conflict`). Files are never removed.",
  },
  downloadMessageFile: {
    summary: "Download a message's file",
    description:
      "The file's bytes, for exactly those who may read the message: a note's files never for a worker, another " +
      "invitee's private question's never for other workers; anyone else hears 404.",
  },
};
