import { formProblemFrom } from "../forms/form-problem";
import { useSignOut } from "./account-mutations";

type SignOutButtonProps = { variant: "quiet" | "secondary"; label?: string };

export function SignOutButton({ variant, label = "Sign out" }: SignOutButtonProps) {
  const signOut = useSignOut();
  const problem = formProblemFrom(signOut.error, []);
  return (
    <div className="sign-out">
      <button
        type="button"
        className={`button button--${variant}`}
        aria-disabled={signOut.isPending ? true : undefined}
        onClick={() => {
          if (!signOut.isPending) signOut.mutate();
        }}
      >
        {signOut.isPending ? "Signing out…" : label}
      </button>
      {problem.summary !== undefined && (
        <p className="sign-out__error" role="alert">
          {problem.summary}
        </p>
      )}
    </div>
  );
}
