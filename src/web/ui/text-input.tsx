import type { InputHTMLAttributes, Ref } from "react";

interface TextInputProps extends InputHTMLAttributes<HTMLInputElement> {
  ref?: Ref<HTMLInputElement>;
}

export function TextInput({ className, type = "text", ...rest }: TextInputProps) {
  return <input type={type} className={["input", className].filter(Boolean).join(" ")} {...rest} />;
}
