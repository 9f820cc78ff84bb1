import { useSignedInUser } from "./signed-in-user";
import { personDates, type PersonDates } from "../ui/person-dates";

/** The signed-in person's dates (their zone, their today): see `PersonDates`. */
export function usePersonDates(): PersonDates {
  return personDates(useSignedInUser().timeZone, new Date());
}
