// The teachers' page and its workers are one script: the page starts workers from its own text
// (a Blob URL; Chromium starts no worker from a file:// script), so the model, the scenario parser
// and their libraries are in the file once, not once for the page and again for the workers.
import { startPage } from './main.js';
import { startWorker } from './worker.js';

if (typeof document === 'undefined') startWorker();
else startPage(document.currentScript!.textContent!);
