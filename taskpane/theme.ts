/** Office's theme (light, dark, …) to a Fluent theme: a dark body background gives the dark theme. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0 black … 1 white) of "#rrggbb"; null when not a colour. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Fluent's dark theme with the status text colours one step lighter: its first step (#dc626d red on
 * #292929) falls short of WCAG's 4.5:1 for the levels written in those colours.
 */
export const darkTheme: Theme = {
  ...webDarkTheme,
  colorStatusDangerForeground1: webDarkTheme.colorStatusDangerForeground2,
  colorStatusSuccessForeground1: webDarkTheme.colorStatusSuccessForeground2,
  colorStatusWarningForeground1: webDarkTheme.colorStatusWarningForeground2,
};

/** The Fluent theme for Office's body background; outside Office, the system's colour scheme. */
export function themeFor(officeBodyBackground: string | undefined, prefersDark: boolean): Theme {
  const l = luminance(officeBodyBackground);
  if (l !== null) return l < 0.2 ? darkTheme : webLightTheme;
  return prefersDark ? darkTheme : webLightTheme;
}

/** The theme for this page now. */
export function currentTheme(): Theme {
  let office: string | undefined;
  try {
    office = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  } catch {
    office = undefined; // outside Office, or a host without officeTheme
  }
  const dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  return themeFor(office, dark);
}
