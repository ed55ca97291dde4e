/**
 * Task pane entry. For now it shows the rule sets dvht knows, each indicator with its thresholds and
 * article; reading the workbook and writing the Phụ lục from Excel come with the add-in issue.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";

function render(): void {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App />);
}

// Office.onReady resolves in Excel and, with host null, in a plain browser.
if (typeof Office !== "undefined") void Office.onReady(render);
else render();
