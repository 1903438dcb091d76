import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { figureText } from "./figure-text";
import { type MonthlyFigure, type Subject, useMonthlyScorecard } from "./queries";

const colors = { bar: "#1f4fc4", red: "#b42318", grid: "#d3d9e1", text: "#4d5b6b" };
const monthName = new Intl.DateTimeFormat("en", { month: "short", year: "2-digit", timeZone: "UTC" });
const label = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

/** A share is drawn as a percentage; days, hours and counts as they are. */
const plotted = (figure: MonthlyFigure, value: number | null) =>
  value === null ? null : figure.unit === "share" ? Math.round(value * 1000) / 10 : value;

function MonthlyChart({ figure }: { figure: MonthlyFigure }) {
  const data = figure.points.map((p) => ({ ...p, label: label(p.month), plotted: plotted(figure, p.value) }));
  const summary = figure.points
    .filter((p) => p.value !== null)
    .map((p) => `${label(p.month)}: ${figureText({ value: p.value, unit: figure.unit, note: null })}`)
    .join(", ");
  return (
    <figure className="monthly-chart">
      <figcaption>
        <strong>{figure.label}</strong>
        {figure.note ? <span className="muted small"> {figure.note}</span> : null}
      </figcaption>
      {figure.note ? null : summary === "" ? (
        <p className="muted small">No data in the last 12 months. {figure.definition}</p>
      ) : (
        <>
          {/* The picture is for the eye; its label reads the months out (the chart's own layer would be a nested control). */}
          <div role="img" aria-label={`${figure.label} by month: ${summary || "no data in the last 12 months"}`}>
            <ResponsiveContainer width="100%" height={160}>
              <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                <CartesianGrid stroke={colors.grid} vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 11, fill: colors.text }} interval="preserveStartEnd" />
                <YAxis
                  tick={{ fontSize: 11, fill: colors.text }}
                  allowDecimals={figure.unit !== "count"}
                  domain={figure.unit === "share" ? [0, 100] : [0, "auto"]}
                  unit={figure.unit === "share" ? "%" : ""}
                />
                <Tooltip
                  formatter={(_value, _name, item) => [
                    `${figureText({ value: item.payload.value, unit: figure.unit, note: null })} (${item.payload.count})`,
                    figure.label,
                  ]}
                />
                <Bar dataKey="plotted" isAnimationActive={false} minPointSize={3}>
                  {data.map((p) => (
                    <Cell key={p.month} fill={p.red ? colors.red : colors.bar} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <p className="muted small">{figure.definition}</p>
        </>
      )}
    </figure>
  );
}

/** Each figure over the last 12 months (issue 14 item 6), red months in red; read from the kept month sums. */
export function MonthlyCharts({ subject, id }: { subject: Subject; id: string }) {
  const monthly = useMonthlyScorecard(subject, id);
  if (monthly.isPending) {
    return <Loading />;
  }
  if (monthly.isError) {
    return <ProblemAlert error={monthly.error} onRetry={() => void monthly.refetch()} />;
  }
  return (
    <Section title="The last 12 months" description="Each figure over each UTC month alone; red months in red.">
      <div className="grid grid--two">
        {monthly.data.figures.map((f) => (
          <MonthlyChart key={f.key} figure={f} />
        ))}
      </div>
    </Section>
  );
}
