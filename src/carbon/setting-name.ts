// One message, two callers: the CLI is configured by flags (--region), the action by inputs
// (region:). Shared carbon and report text names the setting the way its reader sets it.

export type Caller = 'cli' | 'action';

/** "--pue" for the CLI, "the pue input" for the action. */
export function settingName(setting: string, caller: Caller): string {
  return caller === 'cli' ? `--${setting}` : `the ${setting} input`;
}

/** How to write a setting with a value: "--region azure:eastus2" or "region: azure:eastus2". */
export function settingExample(setting: string, value: string, caller: Caller): string {
  return caller === 'cli' ? `--${setting} ${value}` : `${setting}: ${value}`;
}

/** The name an error message gives an option: "--pue" for the CLI, "pue" (the input's name) for the action. */
export function optionLabel(setting: string, caller: Caller): string {
  return caller === 'cli' ? `--${setting}` : setting;
}
