import type { ReactNode } from "react";
import {
  CONTRACTS,
  DETAIL_PARAMS,
  EXPERIENCE_YEARS,
  MAX_CITY_LENGTH,
  MAX_EMPLOYER_LENGTH,
  PAY_BASES,
  PAY_PERIODS,
  REMOTE_WORK,
  WORKING_TIMES,
  type AdDetails,
  type DetailField,
} from "@/lib/analyse/write-ad-params";

/** The words of the job's fields (app/_views/words.ts, adFormWords). */
export type AdFactsWords = {
  facts: string;
  employer: string;
  employerHelp: string;
  city: string;
  remote: string;
  remoteChoices: Record<(typeof REMOTE_WORK)[number], string>;
  contract: string;
  contracts: Record<(typeof CONTRACTS)[number], string>;
  time: string;
  timeChoices: Record<(typeof WORKING_TIMES)[number], string>;
  notSaid: string;
  start: string;
  experience: string;
  experienceChoices: Record<(typeof EXPERIENCE_YEARS)[number], string>;
  posted: string;
  validThrough: string;
  datesHelp: string;
  pay: string;
  payMin: string;
  payMax: string;
  payHelp: string;
  payPeriod: string;
  payPeriodChoices: Record<(typeof PAY_PERIODS)[number], string>;
  payBasis: string;
  payBasisChoices: Record<(typeof PAY_BASES)[number], string>;
};

type AdFactsFieldsProps = {
  details: AdDetails;
  /** What the recruiter typed in the text fields, shown again as typed (a wrong amount stays there to correct). */
  typed: Partial<Record<DetailField, string>>;
  /** The fields with a problem, and the id of the message that says what. */
  invalid: Partial<Record<DetailField, string>>;
  /** The first and last days a date field accepts, AAAA-MM-JJ. */
  dateRange: { min: string; max: string };
  words: AdFactsWords;
  /** The note under the pay fields: why and what the law asks, with its link. */
  payNote: ReactNode;
};

/** The id of a field's input: its query parameter, so that a problem can link to it. */
export const fieldId = (field: DetailField) => `champ-${DETAIL_PARAMS[field]}`;

/** The value typed, when it is one of those offered. */
function offered<T extends string>(values: readonly T[], value: string | undefined): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

const INPUT = "w-full rounded border border-line bg-paper px-3 py-2";

/** The facts of the job and its pay, as fields of the writer's GET form. Works without JavaScript. */
export function AdFactsFields({ details, typed, invalid, dateRange, words, payNote }: AdFactsFieldsProps) {
  const described = (field: DetailField, help?: string) => [help, invalid[field]].filter(Boolean).join(" ") || undefined;
  const common = (field: DetailField, help?: string) => ({ id: fieldId(field), name: DETAIL_PARAMS[field], "aria-invalid": invalid[field] ? true : undefined, "aria-describedby": described(field, help) });
  const label = (field: DetailField, text: string) => (
    <label htmlFor={fieldId(field)} className="mb-1 block font-semibold">
      {text}
    </label>
  );
  const select = <T extends string>(field: DetailField, text: string, values: readonly T[], choices: Record<T, string>, value: T | null, empty = true) => (
    <div>
      {label(field, text)}
      <select {...common(field)} defaultValue={value ?? ""} className={INPUT}>
        {empty && <option value="">{words.notSaid}</option>}
        {values.map((choice) => (
          <option key={choice} value={choice}>
            {choices[choice]}
          </option>
        ))}
      </select>
    </div>
  );
  const date = (field: DetailField, text: string, value: string | null, help?: string) => (
    <div>
      {label(field, text)}
      <input type="date" {...common(field, help)} defaultValue={value ?? typed[field] ?? ""} min={dateRange.min} max={dateRange.max} className={INPUT} />
    </div>
  );

  return (
    <>
      <fieldset className="space-y-4 rounded border border-line p-4">
        <legend className="px-1 font-semibold">{words.facts}</legend>
        <div>
          {label("employer", words.employer)}
          <p id="aide-employeur" className="mb-1 text-sm text-muted">
            {words.employerHelp}
          </p>
          <input type="text" {...common("employer", "aide-employeur")} maxLength={MAX_EMPLOYER_LENGTH} autoComplete="organization" defaultValue={typed.employer ?? details.employer} className={INPUT} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {select("contract", words.contract, CONTRACTS, words.contracts, details.contract)}
          {select("time", words.time, WORKING_TIMES, words.timeChoices, details.time)}
        </div>
        <div>
          {label("city", words.city)}
          <input type="text" {...common("city")} maxLength={MAX_CITY_LENGTH} autoComplete="address-level2" defaultValue={typed.city ?? details.city} className={INPUT} />
        </div>
        <fieldset aria-invalid={invalid.remote ? true : undefined} aria-describedby={described("remote")}>
          <legend className="mb-1 font-semibold">{words.remote}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {REMOTE_WORK.map((value) => (
              <div key={value} className="flex items-center gap-2">
                <input type="radio" id={`${fieldId("remote")}-${value}`} name={DETAIL_PARAMS.remote} value={value} defaultChecked={details.remote === value} className="h-5 w-5" />
                <label htmlFor={`${fieldId("remote")}-${value}`}>{words.remoteChoices[value]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          {date("start", words.start, details.start)}
          {select("experience", words.experience, EXPERIENCE_YEARS, words.experienceChoices, details.experience)}
        </div>
        <p id="aide-dates" className="text-sm text-muted">
          {words.datesHelp}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          {date("posted", words.posted, details.posted, "aide-dates")}
          {date("validThrough", words.validThrough, details.validThrough, "aide-dates")}
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded border border-line p-4">
        <legend className="px-1 font-semibold">{words.pay}</legend>
        <p id="note-remuneration" className="text-sm">
          {payNote}
        </p>
        <p id="aide-remuneration" className="text-sm text-muted">
          {words.payHelp}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            {label("payMin", words.payMin)}
            <input type="text" inputMode="decimal" {...common("payMin", "aide-remuneration")} maxLength={24} defaultValue={typed.payMin ?? ""} className={INPUT} />
          </div>
          <div>
            {label("payMax", words.payMax)}
            <input type="text" inputMode="decimal" {...common("payMax", "aide-remuneration")} maxLength={24} defaultValue={typed.payMax ?? ""} className={INPUT} />
          </div>
          {select("payPeriod", words.payPeriod, PAY_PERIODS, words.payPeriodChoices, details.pay?.period ?? offered(PAY_PERIODS, typed.payPeriod) ?? "an", false)}
          {select("payBasis", words.payBasis, PAY_BASES, words.payBasisChoices, details.pay?.basis ?? offered(PAY_BASES, typed.payBasis) ?? "brut", false)}
        </div>
      </fieldset>
    </>
  );
}
