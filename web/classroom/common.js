// Shared by the student's and the teacher's page (pasted into both by sim/classroom/pages.ts).
'use strict';
const TEXT = JSON.parse(document.getElementById('strings').textContent);
const $ = (id) => document.getElementById(id);
const wantsChinese = (tag) => String(tag || 'en').toLowerCase().startsWith('zh');
// Fill a template's {placeholders}; everything reaches the page as text (textContent), never as HTML.
const t = (key, values = {}) => TEXT[key][locale].replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));
const socketUrl = (query) => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws?${query}`;
