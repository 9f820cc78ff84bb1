import { NavLink } from "react-router";

const links = [
  { to: "/costs", label: "Spending" },
  { to: "/costs/packages", label: "Packages" },
  { to: "/costs/claims", label: "Insurance claims" },
  { to: "/costs/forecast", label: "Plan forecast" },
  { to: "/costs/estimates", label: "Estimates" },
] as const;

/** The costs pages, one tap apart. */
export function CostsNav() {
  return (
    <nav aria-label="Costs" className="costs-nav">
      <ul className="link-list costs-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
