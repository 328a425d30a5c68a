import {
  COACH_MARK_LABELS,
  COACH_MARKS,
  COACH_RESPONSE_FORMAT,
  responseFileName,
} from './coach-response';
import type { CoachSummary } from './coach-summary';
import {
  coachSummaryToHtml,
  escapeHtml,
  summaryPageCss,
  summaryTitle,
  type RespondParts,
} from './coach-render';
import { coachSummaryHash, sha256Base64 } from './summary-hash';

/**
 * The response form inside the summary's standalone web page: a coach answers in any browser,
 * offline, with nothing installed. The page's Content-Security-Policy allows this one script and
 * its one style sheet by their SHA-256 hashes (computed from the exact text when the page is
 * rendered) and nothing else:
 * no other script, no network, no form submission. The script reads what the summary is from
 * data attributes, keeps drafts in the browser's localStorage under the summary's hash, and
 * "Save response" downloads a `grove.coach-response` file — the same shape as
 * `buildCoachResponse` in coach-response.ts. Plain ES2017, no modules, so any browser runs it.
 */
export const RESPONSE_SCRIPT = `
(function () {
  'use strict';
  var root = document.getElementById('grove-respond');
  if (!root) return;
  var ctx = root.dataset;
  var storageKey = 'grove.coach-response.draft:' + ctx.summaryHash;
  var status = document.getElementById('grove-respond-status');
  var fields = Array.prototype.slice.call(document.querySelectorAll('[data-respond]'));
  var blocks = document.querySelectorAll('.respond');
  for (var i = 0; i < blocks.length; i++) blocks[i].hidden = false;

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    var b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = '';
    for (var j = 0; j < b.length; j++) h += (b[j] + 256).toString(16).slice(1);
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function say(text) { status.textContent = text; }

  var draft = null;
  try { draft = JSON.parse((storage() && storage().getItem(storageKey)) || 'null'); } catch (e) { draft = null; }
  if (!draft || typeof draft !== 'object') draft = {};
  if (typeof draft.responseId !== 'string') draft.responseId = newId();
  if (!draft.values || typeof draft.values !== 'object') draft.values = {};
  var restored = false;
  fields.forEach(function (field) {
    var saved = draft.values[field.getAttribute('data-respond')];
    if (typeof saved === 'string') { field.value = saved; restored = restored || saved !== ''; }
  });
  if (restored) say('Your draft was restored from this browser.');

  function keep() {
    fields.forEach(function (field) { draft.values[field.getAttribute('data-respond')] = field.value; });
    var s = storage();
    if (!s) { say('This browser does not keep drafts: save the response before closing the page.'); return; }
    try { s.setItem(storageKey, JSON.stringify(draft)); say('Draft kept in this browser.'); }
    catch (e) { say('The draft could not be kept in this browser: save the response before closing the page.'); }
  }
  fields.forEach(function (field) {
    field.addEventListener('input', keep);
    field.addEventListener('change', keep);
  });

  function value(key) {
    var field = document.querySelector('[data-respond="' + key + '"]');
    return field ? field.value : '';
  }
  document.getElementById('grove-respond-save').addEventListener('click', function () {
    keep();
    var name = value('responder').trim();
    if (!name) {
      say('Add your name first, so ' + (ctx.owner || 'they') + ' knows who responded.');
      document.querySelector('[data-respond="responder"]').focus();
      return;
    }
    var comments = [];
    var seen = {};
    fields.forEach(function (field) {
      var parts = field.getAttribute('data-respond').split(':');
      if (parts.length !== 3 || seen[parts[0] + ':' + parts[1]]) return;
      seen[parts[0] + ':' + parts[1]] = true;
      var text = value(parts[0] + ':' + parts[1] + ':text').trim();
      var mark = value(parts[0] + ':' + parts[1] + ':mark') || null;
      if (text || mark) comments.push({ about: { type: parts[0], id: parts[1] }, mark: mark, text: text });
    });
    var response = {
      format: '${COACH_RESPONSE_FORMAT}',
      version: 1,
      responseId: draft.responseId,
      respondedAt: new Date().toISOString(),
      responder: { name: name },
      summary: {
        hash: ctx.summaryHash,
        owner: { name: ctx.owner },
        period: { from: ctx.from, to: ctx.to },
        generatedAt: ctx.generatedAt
      },
      comments: comments,
      overallNote: value('overall').trim()
    };
    if (!comments.length && !response.overallNote) {
      say('Write a comment or an overall note first.');
      return;
    }
    var blob = new Blob([JSON.stringify(response, null, 2) + '\\n'], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = ctx.fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    say('Saved ' + ctx.fileName + '. Send this file to ' + (ctx.owner || 'the person') + '; your draft stays in this browser.');
  });
})();
`;

/** One comment block beside an objective or entry: a comment and a mark, each named for what it is about. */
export function respondBlockHtml(about: 'objective' | 'entry', id: string, title: string): string {
  const key = `${about}:${escapeHtml(id)}`;
  const on = escapeHtml(`on the ${about === 'objective' ? 'objective' : 'entry'} “${title}”`);
  const domId = `r-${about[0]}-${escapeHtml(id)}`;
  const options = [
    '<option value="">No mark</option>',
    ...COACH_MARKS.map((m) => `<option value="${m}">${COACH_MARK_LABELS[m]}</option>`),
  ].join('');
  return [
    `<div class="respond" hidden>`,
    `<label for="${domId}-text">Your comment <span class="vh">${on}</span></label>`,
    `<textarea id="${domId}-text" data-respond="${key}:text" rows="3"></textarea>`,
    `<label class="respond__mark" for="${domId}-mark">Mark <span class="vh">${on}</span></label>`,
    `<select id="${domId}-mark" data-respond="${key}:mark">${options}</select>`,
    `</div>`,
  ].join('');
}

/** Who responds, and how it works: at the top, so a coach knows before reading. */
function introHtml(summary: CoachSummary, summaryHash: string): string {
  const owner = summary.owner.name.trim();
  const data = [
    `data-summary-hash="${escapeHtml(summaryHash)}"`,
    `data-owner="${escapeHtml(owner)}"`,
    `data-from="${escapeHtml(summary.period.from)}"`,
    `data-to="${escapeHtml(summary.period.to)}"`,
    `data-generated-at="${escapeHtml(summary.generatedAt)}"`,
    `data-file-name="${escapeHtml(responseFileName(summary))}"`,
  ].join(' ');
  return [
    `<section id="grove-respond" class="respond respond--intro" aria-labelledby="respond-heading" hidden ${data}>`,
    `<h2 id="respond-heading">Respond${owner ? ` to ${escapeHtml(owner)}` : ''}</h2>`,
    `<p>Write a comment beside any objective or entry, and mark it if you like (try this, keep doing, question). Then choose <strong>Save response</strong> at the end and send the file to ${owner ? escapeHtml(owner) : 'the person'}. Your draft is kept in this browser only; nothing is uploaded.</p>`,
    `<label for="respond-name">Your name</label>`,
    `<input id="respond-name" data-respond="responder" autocomplete="name" maxlength="120">`,
    `</section>`,
  ].join('');
}

function footerHtml(summary: CoachSummary): string {
  return [
    `<section class="respond respond--footer" aria-labelledby="respond-end-heading" hidden>`,
    `<h2 id="respond-end-heading">Overall</h2>`,
    `<label for="respond-overall">Overall note <span class="vh">on ${escapeHtml(summaryTitle(summary))}</span></label>`,
    `<textarea id="respond-overall" data-respond="overall" rows="4"></textarea>`,
    `<p><button type="button" id="grove-respond-save">Save response</button></p>`,
    `<p id="grove-respond-status" class="meta" role="status" aria-live="polite"></p>`,
    `</section>`,
  ].join('');
}

/**
 * The summary's standalone web page with the response form: the summary hash and the script's
 * CSP hash are computed here, from the snapshot and from the exact script text.
 */
export async function coachSummaryWebPage(summary: CoachSummary): Promise<string> {
  const summaryHash = await coachSummaryHash(summary);
  const respond: RespondParts = {
    script: RESPONSE_SCRIPT,
    scriptHash: await sha256Base64(RESPONSE_SCRIPT),
    styleHash: await sha256Base64(summaryPageCss(true)),
    intro: introHtml(summary, summaryHash),
    footer: footerHtml(summary),
    block: respondBlockHtml,
  };
  return coachSummaryToHtml(summary, respond);
}
