/**
 * The commented starter scenario `deptsim init NAME` writes: small enough to run in a second,
 * complete enough to show every section, valid as written (a test runs it unchanged).
 */
export function starterScenario(name: string, schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}
# A deptsim scenario. Every field not written here takes its default; docs/SCENARIOS.md lists them
# all with units and ranges. Check this file with \`deptsim validate ${name}.yaml\`, run it with
# \`deptsim run ${name}.yaml\`.

name: ${name}
description: >-
  A starter county: three departments of different sizes and one 60-day campaign that seconds
  staff and cancels rest days. Edit freely.

seed: 1            # same seed, same results
replicates: 1      # independent runs (different random streams) for confidence intervals

calendar:
  start: 2017-01-02  # first simulated day (YYYY-MM-DD)
  days: 180          # the horizon, in days
  weekend: [sat, sun]
  holidays: [2017-04-04, 2017-05-01]

staff:
  hoursPerDay: 8     # contracted hours on an ordinary working day
  fatigue:
    recoveryRest: 0.3  # share of fatigue shed on a rest day

inspection:
  rate: 0.002        # chance per person per working day of a spot check outside campaigns
  penalty: 150       # cost of being caught, in hours' pay, once per catch

pay:
  overtimeRate: 0.6  # an overtime hour is worth 0.6 of an ordinary hour's pay (0 = unpaid)

departments:
  - id: agriculture            # ids: lowercase letters, digits, - or _
    name: Agriculture Bureau
    headcount: 40
  - id: civil-affairs
    name: Civil Affairs Bureau
    headcount: 20
  - id: archives
    name: Archives Bureau
    headcount: 5
    regular:
      itemsPerDay: 0.8         # duties every unit has, whatever its size
      itemsPerStaffDay: 0.9    # duties that scale with headcount
      effortHours: 6           # mean hours of one item
      deadlineDays: 10

campaigns:
  - id: campaign-1
    name: A 60-day campaign
    start: 2017-03-06
    days: 60
    minEffortShare: 0.5        # at least half of every department's hours go to the campaign
    cancelRestDays: true
    overtimePaid: true
    inspectionRate: 0.03       # spot checks are stepped up while it runs
    secondment:
      total: 10                # staff moved to the campaign headquarters
      rule: proportional
      minPerDepartment: 1

outputs:
  daily: true                  # write daily.csv besides summary.json
`;
}
