import { useEffect } from "react";
import { useLocation } from "react-router";
import { violationRules } from "#shared/violation-rules";
import { Section } from "../ui/section";

/**
 * The named rules of the Community Violation Guidelines, each with its stable id as the anchor
 * (`/policies/violation_guidelines#CVG-1.3`), so reports, sanctions and notices link straight to the rule.
 */
export function ViolationRules() {
  const { hash } = useLocation();
  // The page loads after the address changed, so the browser's own jump to the anchor found nothing yet.
  useEffect(() => {
    if (hash) {
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
    }
  }, [hash]);
  return (
    <Section title="The rules, by id">
      <dl className="rules">
        {violationRules.map((rule) => (
          <div key={rule.id} id={rule.id}>
            <dt>
              <a href={`#${rule.id}`}>{rule.id}</a> {rule.title}
            </dt>
            <dd>{rule.text}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
