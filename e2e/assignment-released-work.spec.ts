import {
  acceptFromInbox,
  checkPage,
  openSecondPerson,
  saveDraft,
  sendToWorkers,
  signUpClient,
  signUpWorker,
} from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "assignment-released-work" });

const JOURNEY = "assignment-released-work";
const TITLE = "Photograph the cereal aisle in Denver";
const PHOTO = "Photo of the faced shelf";

/** A 24×16 checkered PNG, as in assignment-files.spec.ts. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAIAAACDRijCAAAALElEQVR4nGP4gATkAk7AEaniDMPYIEo0I4sPZ4Mo0TzIo59qBg2+WBt0BgEAME4ErueKvugAAAAASUVORK5CYII=",
  "base64",
);

test("a worker who abandons leaves their photo with the client, not with the next worker", async ({
  page,
  browser,
  check,
}) => {
  const ann = await openSecondPerson(browser);
  const annId = await signUpWorker(ann.page, "Ann Earlier");
  const ben = await openSecondPerson(browser);
  const benId = await signUpWorker(ben.page, "Ben Next");
  await signUpClient(page, "Cleo Client", "Aisle Audits");

  const address = await saveDraft(page, TITLE, 72);
  await page.getByRole("button", { name: "Name deliverables" }).click();
  const editor = page.getByRole("form", { name: "Deliverables" });
  await editor.getByRole("button", { name: "Add something to hand in" }).click();
  await editor.getByLabel("Item 1: what").fill(PHOTO);
  await editor.getByLabel("Kind").nth(0).selectOption("photo");
  await editor.getByRole("button", { name: "Save deliverables" }).click();
  await expect(page.getByRole("region", { name: "Deliverables" })).toContainText(PHOTO);
  await sendToWorkers(page, [{ id: annId, name: "Ann Earlier" }]);

  // Ann hands in a photo, then leaves the assignment.
  await acceptFromInbox(ann.page, TITLE);
  const annDeliverables = ann.page.getByRole("region", { name: "Deliverables" });
  await annDeliverables
    .getByLabel(`Add a photo: ${PHOTO}`)
    .setInputFiles({ name: "shelf.png", mimeType: "image/png", buffer: PNG });
  const annFiles = annDeliverables.getByRole("list", { name: `Files for ${PHOTO}` });
  await expect(annFiles).toContainText("shelf.png");
  const fileUrl = (await annFiles.getByRole("link", { name: "shelf.png" }).getAttribute("href")) ?? "";
  await ann.page.getByRole("button", { name: "Abandon" }).click();
  const abandon = ann.page.getByRole("dialog", { name: "Abandon this assignment?" });
  await abandon.getByLabel("Why are you leaving it? (the client reads it)").fill("Called away to another store.");
  await abandon.getByRole("button", { name: "Abandon assignment" }).click();
  await expect(abandon).toBeHidden();
  expect((await ann.page.request.get(fileUrl)).status()).toBe(404);

  // Ben takes it over: nothing of Ann's is his, and her file answers 404.
  await page.goto(address);
  await sendToWorkers(page, [{ id: benId, name: "Ben Next" }]);
  await acceptFromInbox(ben.page, TITLE);
  const benDeliverables = ben.page.getByRole("region", { name: "Deliverables" });
  await expect(benDeliverables).toContainText("0 of 1 handed in");
  await expect(benDeliverables.getByRole("list", { name: `Files for ${PHOTO}` })).toHaveCount(0);
  await expect(ben.page.getByText("From earlier workers")).toHaveCount(0);
  await expect(ben.page.getByText("shelf.png")).toHaveCount(0);
  expect((await ben.page.request.get(fileUrl)).status()).toBe(404);
  await checkPage(ben.page, JOURNEY, "01-next-worker-starts-empty");

  // The client keeps Ann's photo, apart from what Ben hands in, and can still open it.
  await page.goto(address);
  const deliverables = page.getByRole("region", { name: "Deliverables" });
  await expect(deliverables).toContainText("0 of 1 handed in");
  const earlier = deliverables.getByRole("region", { name: "From earlier workers" });
  const list = earlier.getByRole("list", { name: `From earlier workers: ${PHOTO}` });
  await expect(list).toContainText("handed in by Ann Earlier");
  const link = list.getByRole("link", { name: "shelf.png" });
  expect(await link.getAttribute("href")).toBe(fileUrl);
  const fetched = await page.request.get(fileUrl);
  expect(fetched.status()).toBe(200);
  expect((await fetched.body()).equals(PNG)).toBe(true);
  await check("02-client-sees-earlier-work");
  await ann.context.close();
  await ben.context.close();
});
