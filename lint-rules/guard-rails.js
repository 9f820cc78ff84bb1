// @ts-check
/**
 * The layer rules of CONTRIBUTING ("The shape of an area") as ESLint config, each with a message
 * that says what to do instead. Made for a root folder so that the same rules run over the real
 * packages and over the planted violations in lint-rules/fixtures/ that prove each one fires.
 */

/** Folders that serve every area and so never import one. */
export const sharedFolders = {
  core: ["api", "authorization", "time", "csv", "text", "body-map", "pain-scores"],
  server: ["http", "database", "audit", "errors", "pdf"],
  web: ["ui", "forms", "api"],
};

/** What a shared folder may import besides other shared folders of its package. */
const alsoShared = {
  core: [],
  // server/system holds the clock, id source and configuration; server/mail the mailer.
  server: ["system", "mail"],
  web: ["body-map"],
};

const sharedMessage =
  'A shared folder serves every area and never imports one (CONTRIBUTING, "The shape of an area"): move what both need into the shared folder, or pass it in.';

const personDatesMessage =
  "Dates are shown in the person's time zone, not the device's: use usePersonDates() (ui/person-dates.ts) or core's formatCalendarDate / formatDateIn.";

const serverDatesMessage =
  "Dates printed or sent for a person are in their time zone (the record owner's), not the server's or UTC: use core's formatDateIn / localDayOf (core/time/date-format.ts, local-day.ts).";

/** Formatting in the device's or server's zone. */
const deviceZoneSelectors = [
  "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']",
  "CallExpression[callee.property.name=/^(toLocaleDateString|toLocaleTimeString|toDateString|toTimeString|toFormat)$/]",
  "CallExpression[callee.property.name=/^get(Hours|Minutes|Date|Day|Month|FullYear)$/]",
];

/** The UTC day (or minute) of an ISO instant: `instant.slice(0, 10)`, `toISOString().slice(0, 16)`. */
const utcDaySelectors = [
  "CallExpression[callee.property.name=/^(slice|substring|substr)$/][arguments.0.value=0][arguments.1.value=10]",
  "CallExpression[callee.property.name=/^(slice|substring|substr)$/][arguments.0.value=0][arguments.1.value=16]",
];

/**
 * @param {{ root: string; basePath: string }} options `root` holds core/, server/ and web/;
 * `basePath` is the folder paths are relative to.
 * @returns {import("eslint").Linter.Config[]}
 */
export function guardRails({ root, basePath }) {
  /** @type {(pkg: "core" | "server" | "web") => object[]} */
  const sharedZones = (pkg) =>
    sharedFolders[pkg].map((folder) => ({
      target: `${root}/${pkg}/src/${folder}`,
      from: `${root}/${pkg}/src`,
      except: [...sharedFolders[pkg], ...alsoShared[pkg]].map((allowed) => `./${allowed}`),
      message: `${sharedMessage} (${pkg}/src/${folder})`,
    }));
  const zones = [
    ...sharedZones("core"),
    ...sharedZones("server"),
    ...sharedZones("web"),
    {
      target: `${root}/core/src/*/**`,
      from: [`${root}/core/src/api-contract.ts`, `${root}/core/src/index.ts`],
      message:
        "Nothing inside core imports api-contract.ts or index.ts (they assemble the areas): import the module itself.",
    },
    {
      target: `${root}/server/src/**/*.routes.ts`,
      from: `${root}/server/src/**/*.repository.ts`,
      message:
        "Routes never import repositories: a route parses, calls a service and answers; the service uses the repository.",
    },
    {
      target: `${root}/server/src/**/*.service.ts`,
      from: `${root}/server/src/http`,
      message:
        "Services never import http/: a service holds the use case and knows nothing of requests; throw an ApiError from errors/ instead.",
    },
    {
      target: `${root}/web/src/!(app)/**`,
      from: `${root}/web/src/app`,
      message:
        "Web areas never import app/ (the shell mounts the areas, not the other way round): shared pieces belong in ui/, forms/ or api/.",
    },
  ];
  return [
    {
      files: [`${root}/**/*.{ts,tsx}`],
      // Tests put the whole app together, so they may reach across layers.
      ignores: ["**/*.test.ts"],
      rules: {
        "import-x/no-restricted-paths": ["error", { basePath, zones }],
      },
    },
    {
      files: [`${root}/**/*.{ts,tsx}`],
      rules: {
        // An import cycle makes load order matter and hides a missing layer; break it by moving
        // the shared piece down into its own module.
        "import-x/no-cycle": ["error", { ignoreExternal: true }],
      },
    },
    {
      files: [`${root}/web/**/*.tsx`, `${root}/web/**/*.ts`],
      rules: {
        "react-hooks/rules-of-hooks": "error",
        "react-hooks/exhaustive-deps": "error",
      },
    },
    {
      files: [`${root}/web/**/*.tsx`, `${root}/web/**/*.ts`],
      // The zone picker shows each zone's clock on purpose; everything else shows the person's.
      ignores: ["**/*.test.ts", `${root}/web/src/accounts/time-zones.ts`],
      rules: {
        "no-restricted-syntax": [
          "error",
          ...[...deviceZoneSelectors, ...utcDaySelectors].map((selector) => ({
            selector,
            message: personDatesMessage,
          })),
        ],
      },
    },
    {
      // PDFs, file names and mails the server writes: the person's zone too (the record owner's).
      files: [`${root}/server/**/*.ts`],
      ignores: ["**/*.test.ts", "**/testing/**"],
      rules: {
        "no-restricted-syntax": [
          "error",
          ...[...deviceZoneSelectors, ...utcDaySelectors].map((selector) => ({
            selector,
            message: serverDatesMessage,
          })),
        ],
      },
    },
  ];
}
