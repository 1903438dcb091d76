import { type InputHTMLAttributes, type Ref, useState } from "react";

interface PasswordInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  ref?: Ref<HTMLInputElement>;
}

/** A password field with a Show/Hide toggle, so people can check what they typed on a phone keyboard. */
export function PasswordInput({ className, ...rest }: PasswordInputProps) {
  const [isVisible, setIsVisible] = useState(false);
  return (
    <div className="password-input">
      <input
        type={isVisible ? "text" : "password"}
        className={["input", className].filter(Boolean).join(" ")}
        {...rest}
      />
      <button
        type="button"
        className="password-input__toggle"
        aria-pressed={isVisible}
        onClick={() => setIsVisible((visible) => !visible)}
      >
        {isVisible ? "Hide" : "Show"}
        <span className="visually-hidden"> password</span>
      </button>
    </div>
  );
}
