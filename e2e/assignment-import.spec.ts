import { readFile } from "node:fs/promises";
import { signUpClient } from "./assignment-steps";
import { expect, test } from "./support";

test.use({ journey: "assignment-import" });

const day = 86_400_000;

/** A file as a client would write it from the template: two good rows, three refused for different reasons. */
function importFile(): string {
  const start = new Date(Date.now() + 5 * day);
  const at = (hours: number) => new Date(start.getTime() + hours * 3_600_000).toISOString();
  const header =
    "title,description,location_type,city,country,latitude,longitude,time_zone,starts_at,ends_at,pricing_type,amount,rate,max_hours";
  const site = "onsite,Denver,US,39.7392,-104.9903,America/Denver";
  return [
    header,
    `Mount a menu screen at store 12,Mount the screen on the wall bracket.,${site},${at(0)},${at(3)},flat,150,,`,
    `Wire the back-office router,Replace the router and test every register.,${site},${at(24)},${at(28)},hourly,,55,4`,
    `Price missing here,No amount given.,${site},${at(0)},${at(2)},flat,,,`,
    `Ends before it starts,Backwards schedule.,${site},${at(5)},${at(1)},hourly,,40,3`,
    `,Untitled row,${site},${at(0)},${at(2)},flat,12.345,,`,
    "",
  ].join("\n");
}

test("a client imports assignments from CSV: a template to start from, a row-by-row report, drafts in the list", async ({
  page,
  check,
}) => {
  await signUpClient(page, "Jo Importer", "Bulk Screens Ltd");
  await page.goto("/assignments/new");
  await page.getByRole("link", { name: "Import many from CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import assignments from CSV" })).toBeVisible();

  // The page lists the columns and offers a template file with every column and one example row.
  const columns = page.getByRole("region", { name: "Columns" });
  await columns.getByText(/All \d+ columns/).click();
  const table = columns.getByRole("table", { name: "Columns of an import file" });
  await expect(table.getByRole("row", { name: /pricing_type/ })).toContainText("hourly");
  await expect(table.getByRole("row", { name: /^industry/ })).toContainText("Point of Sale");
  await check("01-import-page");
  const downloading = page.waitForEvent("download");
  await columns.getByRole("link", { name: "Download a template file" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("worklane-assignments-template.csv");
  const template = await readFile(await download.path(), "utf8");
  const [header, example] = template.trim().split("\n");
  expect(header?.split(",")).toEqual(expect.arrayContaining(["title", "starts_at", "pricing_type", "max_hours"]));
  expect(example).toContain("Replace the receipt printer at the Denver store");

  // The template's own example row imports cleanly.
  const upload = page.getByLabel("CSV file");
  await upload.setInputFiles({ name: "template.csv", mimeType: "text/csv", buffer: Buffer.from(template) });
  await page.getByRole("button", { name: "Import" }).click();
  const result = page.getByRole("region", { name: "Result" });
  await expect(result).toContainText("1 of 1 rows became drafts.");

  // A file with good and bad rows: each good row becomes a draft, each refused row says where and why.
  await upload.setInputFiles({ name: "week-12.csv", mimeType: "text/csv", buffer: Buffer.from(importFile()) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(result).toContainText("2 of 5 rows became drafts.");
  const created = result.getByRole("list", { name: "Drafts created" });
  await expect(created.getByRole("listitem")).toHaveCount(2);
  await expect(created).toContainText("Line 2: Mount a menu screen at store 12");
  await expect(created).toContainText("Line 3: Wire the back-office router");
  const refused = result.getByRole("list", { name: "Rows refused" });
  await expect(refused).toContainText("Line 4 refused");
  await expect(result.getByRole("list", { name: "Why line 4 was refused" })).toHaveText(
    "amount: This column is required.",
  );
  await expect(result.getByRole("list", { name: "Why line 5 was refused" })).toHaveText(
    "ends_at: The end must come after the start.",
  );
  // The amount the reader could not read is named once, in the file's own units.
  const untitled = result.getByRole("list", { name: "Why line 6 was refused" }).getByRole("listitem");
  await expect(untitled).toHaveText([
    "amount: Write the amount like 150 or 150.50 (in USD).",
    "title: This column is required.",
  ]);
  await check("02-import-report");

  // A file the server cannot read at all is refused whole, with the reason, and no stale report stays.
  await upload.setInputFiles({
    name: "wrong.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("title,colour\nPaint the wall,blue\n"),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/Unknown columns: colour/)).toBeVisible();
  await expect(result).toHaveCount(0);
  await check("03-import-file-refused");

  // The drafts are in the list; one opens as a draft ready to edit and send.
  await page.goto("/assignments");
  for (const title of ["Mount a menu screen at store 12", "Wire the back-office router"]) {
    await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Draft");
  }
  await expect(page.getByRole("row", { name: /Replace the receipt printer at the Denver store/ })).toContainText(
    "Draft",
  );
  await expect(page.getByRole("row", { name: /Price missing here|Ends before it starts/ })).toHaveCount(0);
  await check("04-list-with-drafts");
  await page.getByRole("link", { name: "Wire the back-office router" }).click();
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Details" })).toContainText("$55.00 an hour, at most 4 h");
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Assignment imported");
  await expect(page.getByRole("button", { name: "Send to workers" })).toBeVisible();
  await check("05-imported-draft");
});
