/**
 * Task pane entry. Inside Excel, Office.onReady gives a host and the pane works on the open workbook; in
 * a plain browser it resolves with host null and the pane works on an .xlsx picked from disk.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { excelBackend, type Backend } from "./backend";

function render(backend: Backend | null): void {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App initial={backend} />);
}

/**
 * Outside Office, office.js's Office 2013 path (o15apptofilemappingtable.js) creates a logger that, three
 * seconds later, frames Microsoft's telemetry page; the page's CSP would block it and log an error. Marking
 * the logger's frame as already made keeps it from being requested at all. Inside Office nothing is changed.
 */
function stopTelemetryFrameOutsideOffice(): void {
  const osf = (window as unknown as { OSF?: { Logger?: { ulsEndpoint?: { proxyFrame: unknown } | null } } }).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (endpoint && endpoint.proxyFrame == null) endpoint.proxyFrame = { contentWindow: null };
}

if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) render(excelBackend());
    else {
      stopTelemetryFrameOutsideOffice();
      render(null);
    }
  });
} else render(null);
