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

if (typeof Office !== "undefined") {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel ? excelBackend() : null));
} else render(null);
