import { bodyMapGroups } from "@painplan/core";
import { hasAllRegions, type BodyMapValue } from "./body-map-selection";

type BodyMapShortcutsProps = {
  value: BodyMapValue;
  onToggleGroup: (regionIds: readonly string[]) => void;
};

/**
 * One tap for the usual groups ("Both feet", "Both hands", "Both legs below the knee"), as
 * toggle buttons: pressed when every region of the group is chosen; pressing again takes the
 * group away. Screen readers hear "pressed"; the eye sees a tick and a thick border.
 */
export function BodyMapShortcuts({ value, onToggleGroup }: BodyMapShortcutsProps) {
  return (
    <div className="body-map__shortcuts" role="group" aria-label="Quick choices">
      {bodyMapGroups.map((group) => {
        const isPressed = hasAllRegions(value, group.regionIds);
        return (
          <button
            key={group.id}
            type="button"
            className="button button--secondary body-map__shortcut"
            aria-pressed={isPressed}
            onClick={() => {
              onToggleGroup(group.regionIds);
            }}
          >
            {isPressed && <span aria-hidden="true">✓ </span>}
            {group.label}
          </button>
        );
      })}
    </div>
  );
}
