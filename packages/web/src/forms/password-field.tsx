import { useState, type ReactNode } from "react";
import { TextField } from "./text-field";

type PasswordFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: "current-password" | "new-password";
  hint?: ReactNode;
  error?: string | undefined;
};

/** Typing with numb or painful fingers is error-prone: let people see what they typed. */
export function PasswordField(props: PasswordFieldProps) {
  const [isShown, setIsShown] = useState(false);
  return (
    <TextField {...props} type={isShown ? "text" : "password"}>
      <label className="choice choice--compact">
        <input
          type="checkbox"
          checked={isShown}
          onChange={(event) => {
            setIsShown(event.target.checked);
          }}
        />
        <span>Show password</span>
      </label>
    </TextField>
  );
}
