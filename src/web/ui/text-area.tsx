import type { Ref, TextareaHTMLAttributes } from "react";

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextArea({ className, rows = 5, ...rest }: TextAreaProps) {
  return <textarea rows={rows} className={["input", "input--area", className].filter(Boolean).join(" ")} {...rest} />;
}
