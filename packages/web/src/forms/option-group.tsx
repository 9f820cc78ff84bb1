import { FieldMessages } from "./field-messages";

type Option<T extends string> = { value: T; label: string };

type SingleProps<T extends string> = {
  isMultiple?: false;
  value: T | null | undefined;
  onChange: (value: T) => void;
};

type MultipleProps<T extends string> = {
  isMultiple: true;
  values: readonly T[];
  onChangeMany: (values: T[]) => void;
};

type OptionGroupProps<T extends string> = {
  id: string;
  legend: string;
  options: readonly Option<T>[];
  error?: string | undefined;
  /** Short answers (yes / no) sit side by side like the yes / no / not sure questions. */
  isSideBySide?: boolean;
} & (SingleProps<T> | MultipleProps<T>);

/** A short list of large radio or checkbox choices under one legend. */
export function OptionGroup<T extends string>(props: OptionGroupProps<T>) {
  const { id, legend, options, error, isSideBySide = false } = props;
  const isChecked = (value: T) =>
    props.isMultiple === true ? props.values.includes(value) : props.value === value;
  const choose = (value: T, checked: boolean) => {
    if (props.isMultiple !== true) {
      props.onChange(value);
      return;
    }
    const others = props.values.filter((existing) => existing !== value);
    props.onChangeMany(checked ? [...others, value] : others);
  };
  return (
    <fieldset
      className={error === undefined ? "field" : "field field--invalid"}
      aria-describedby={error === undefined ? undefined : `${id}-error`}
    >
      <legend className="field__label">{legend}</legend>
      <FieldMessages id={id} error={error} />
      <div className={isSideBySide ? "answer__choices" : undefined}>
        {options.map((option, index) => (
          <label key={option.value} className={isSideBySide ? "choice answer__choice" : "choice"}>
            <input
              type={props.isMultiple === true ? "checkbox" : "radio"}
              name={id}
              id={index === 0 ? id : undefined}
              value={option.value}
              checked={isChecked(option.value)}
              onChange={(event) => {
                choose(option.value, event.target.checked);
              }}
            />
            <span className="choice__label">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
