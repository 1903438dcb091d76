import type { Figure } from "./queries";

/** A figure's value in words: a share as a percentage, days and hours with one decimal, counts as they are. */
export function figureText(figure: Pick<Figure, "value" | "unit" | "note">): string {
  if (figure.value === null) {
    return figure.note ? "Not available" : "No data yet";
  }
  switch (figure.unit) {
    case "share":
      return `${Math.round(figure.value * 100)} %`;
    case "days":
      return `${figure.value.toFixed(1)} days`;
    case "hours":
      return `${figure.value.toFixed(1)} h`;
    default:
      return String(figure.value);
  }
}

/** The web page of a figure's drill-down (the API path without /api/v1 and the query). */
export function drillDownPage(figure: Pick<Figure, "drillDown">): string {
  return figure.drillDown.replace("/api/v1", "");
}
