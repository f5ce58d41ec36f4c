/*
 * Proof of work for public forms (公众表单的工作量证明), instead of a CAPTCHA.
 *
 * Any <form data-pow> is, on submit: given a challenge from GET /public/pow/challenge, solved (a nonce such that
 * SHA-256(challenge + ":" + nonce) starts with `difficulty` zero bits), the hidden inputs powChallenge and powNonce
 * filled in (made when missing), and then submitted; meanwhile its submit button reads "正在提交…" / "Sending…"
 * (or the form's data-pow-sending text). Scripts that send JSON call UrbanGridPow.solve(), which resolves to
 * {challenge, nonce}, and send them as the headers X-Pow-Challenge and X-Pow-Nonce.
 *
 * Include with <script th:src="@{/js/pow.js}" defer></script>; no inline script is needed (the CSP allows scripts
 * and workers from this origin only). This same file is the Web Worker that does the hashing, in up to four workers
 * on as many cores. The hash is this script's own SHA-256 rather than crypto.subtle.digest: SubtleCrypto costs a
 * promise per hash, which dominates at the ~262,000 hashes of the default difficulty, while here the challenge's
 * first 64-byte block is hashed once and each nonce costs one compression (about 2 million a second in Node on the
 * build machine; PublicGuardPowScriptTest checks the answers against the server's verifier).
 * The answer is checked once with SubtleCrypto where it exists. Without workers the same loop runs in slices on the
 * page.
 */
(function (global) {
  'use strict';

  var K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
  var H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

  /** One SHA-256 compression of the 64-byte block at bytes[offset] into the state h. */
  function compress(h, w, bytes, offset) {
    var t;
    for (t = 0; t < 16; t++) {
      var i = offset + 4 * t;
      w[t] = (bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3];
    }
    for (t = 16; t < 64; t++) {
      var x = w[t - 15], y = w[t - 2];
      var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (t = 0; t < 64; t++) {
      var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      var t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
      var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      var t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
  }

  function leadingZeros(h, bits) {
    for (var i = 0; bits >= 32; i++, bits -= 32) {
      if (h[i] !== 0) return false;
    }
    return bits === 0 || (h[i] >>> (32 - bits)) === 0;
  }

  /**
   * The first nonce from, from + step, … (at most count of them) for which SHA-256(challenge ":" nonce) starts with
   * difficulty zero bits, as a decimal string; null when none of them does. The challenge is ASCII.
   */
  function solve(challenge, difficulty, from, step, count) {
    var prefix = challenge + ':';
    var whole = prefix.length - (prefix.length % 64);
    var bytes = new Uint8Array(whole), i;
    for (i = 0; i < whole; i++) bytes[i] = prefix.charCodeAt(i);
    var w = new Uint32Array(64), mid = new Uint32Array(H0), h = new Uint32Array(8);
    for (i = 0; i < whole; i += 64) compress(mid, w, bytes, i);
    var tail = prefix.substring(whole), block = new Uint8Array(128);
    for (var n = from, left = count; left > 0; n += step, left--) {
      var text = tail + n, length = text.length;
      block.fill(0);
      for (i = 0; i < length; i++) block[i] = text.charCodeAt(i);
      block[length] = 0x80;
      var end = length + 9 <= 64 ? 64 : 128, bits = (whole + length) * 8;
      block[end - 4] = bits >>> 24; block[end - 3] = bits >>> 16; block[end - 2] = bits >>> 8; block[end - 1] = bits;
      h.set(mid);
      compress(h, w, block, 0);
      if (end === 128) compress(h, w, block, 64);
      if (leadingZeros(h, difficulty)) return String(n);
    }
    return null;
  }

  // In a worker: hash what the page asks for.
  if (typeof document === 'undefined' && typeof global.postMessage === 'function' && typeof importScripts === 'function') {
    global.onmessage = function (event) {
      var job = event.data;
      global.postMessage({ nonce: solve(job.challenge, job.difficulty, job.from, job.step, Infinity) });
    };
    return;
  }
  // In Node (the platform's tests): the solver alone.
  if (typeof document === 'undefined') {
    if (typeof module === 'object' && module.exports) module.exports = { solve: solve };
    return;
  }

  var script = document.currentScript;
  var scriptUrl = script && script.src ? script.src : new URL('/js/pow.js', location.href).href;
  var challengeUrl = new URL('../public/pow/challenge', scriptUrl).href;

  function inWorkers(challenge, difficulty) {
    return new Promise(function (resolve, reject) {
      var count = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
      var workers = [], failed = 0, done = false;
      function stop() { done = true; workers.forEach(function (w) { w.terminate(); }); }
      for (var i = 0; i < count; i++) {
        var worker;
        try {
          worker = new Worker(scriptUrl);
        } catch (e) {
          stop();
          reject(e);
          return;
        }
        worker.onmessage = function (event) {
          if (!done && event.data.nonce !== null) { stop(); resolve(event.data.nonce); }
        };
        worker.onerror = function (event) {
          event.preventDefault();
          if (++failed === count && !done) { stop(); reject(new Error('pow worker failed')); }
        };
        worker.postMessage({ challenge: challenge, difficulty: difficulty, from: i, step: count });
        workers.push(worker);
      }
    });
  }

  function inSlices(challenge, difficulty) {
    return new Promise(function (resolve) {
      var from = 0, slice = 20000;
      (function next() {
        var nonce = solve(challenge, difficulty, from, 1, slice);
        if (nonce !== null) { resolve(nonce); return; }
        from += slice;
        setTimeout(next, 0);
      })();
    });
  }

  /** Checks the answer once with the browser's own SHA-256, where there is one. */
  function checked(challenge, difficulty, nonce) {
    if (!global.crypto || !crypto.subtle || !global.TextEncoder) return Promise.resolve(nonce);
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(challenge + ':' + nonce)).then(function (digest) {
      var view = new DataView(digest), h = [];
      for (var i = 0; i < 8; i++) h.push(view.getUint32(4 * i));
      if (!leadingZeros(h, difficulty)) throw new Error('pow answer does not check');
      return nonce;
    });
  }

  /** A fresh challenge, solved: {challenge, nonce}. */
  function proof() {
    return fetch(challengeUrl, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('challenge: HTTP ' + response.status);
        return response.json();
      })
      .then(function (job) {
        var solving = typeof Worker === 'function'
          ? inWorkers(job.challenge, job.difficulty).catch(function () { return inSlices(job.challenge, job.difficulty); })
          : inSlices(job.challenge, job.difficulty);
        return solving.then(function (nonce) { return checked(job.challenge, job.difficulty, nonce); })
          .then(function (nonce) { return { challenge: job.challenge, nonce: nonce }; });
      });
  }

  function english() {
    return (document.documentElement.lang || '').toLowerCase().indexOf('en') === 0;
  }

  function hidden(form, name) {
    var input = form.querySelector('input[name="' + name + '"]');
    if (!input) {
      input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      form.appendChild(input);
    }
    return input;
  }

  function buttons(form) {
    return Array.prototype.slice.call(form.querySelectorAll('button:not([type]), button[type="submit"], input[type="submit"]'));
  }

  function label(button, text) {
    if (button.tagName === 'INPUT') {
      if (button.dataset.powLabel === undefined) button.dataset.powLabel = button.value;
      button.value = text === null ? button.dataset.powLabel : text;
    } else {
      if (button.dataset.powLabel === undefined) button.dataset.powLabel = button.textContent;
      button.textContent = text === null ? button.dataset.powLabel : text;
    }
  }

  function busy(form, on, text) {
    form.setAttribute('aria-busy', on ? 'true' : 'false');
    buttons(form).forEach(function (button) {
      button.disabled = on;
      label(button, on ? text : null);
    });
  }

  function status(form, text) {
    var line = form.querySelector('[data-pow-status]');
    if (!line) {
      line = document.createElement('p');
      line.setAttribute('data-pow-status', '');
      line.setAttribute('role', 'status');
      form.appendChild(line);
    }
    line.textContent = text;
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-pow')) return;
    if (form.dataset.powReady === '1') {
      // solved: this is the real submission; keep it from being sent twice
      delete form.dataset.powReady;
      setTimeout(function () { buttons(form).forEach(function (b) { b.disabled = true; }); }, 0);
      return;
    }
    event.preventDefault();
    if (form.dataset.powBusy === '1') return;
    form.dataset.powBusy = '1';
    var submitter = event.submitter || null;
    var sending = form.getAttribute('data-pow-sending') || (english() ? 'Sending…' : '正在提交…');
    status(form, '');
    busy(form, true, sending);
    proof().then(function (answer) {
      hidden(form, 'powChallenge').value = answer.challenge;
      hidden(form, 'powNonce').value = answer.nonce;
      form.dataset.powReady = '1';
      delete form.dataset.powBusy;
      buttons(form).forEach(function (b) { b.disabled = false; });
      if (typeof form.requestSubmit === 'function') {
        form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
      } else {
        delete form.dataset.powReady;
        form.submit();
      }
    }).catch(function () {
      delete form.dataset.powBusy;
      busy(form, false);
      status(form, form.getAttribute('data-pow-failed')
        || (english() ? 'The submission check failed; please try again later.' : '提交验证失败，请稍后重试。'));
    });
  });

  // Back to a page kept in the browser's cache after it was sent: its buttons work again.
  global.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    document.querySelectorAll('form[data-pow]').forEach(function (form) {
      delete form.dataset.powBusy;
      busy(form, false);
    });
  });

  global.UrbanGridPow = { solve: proof };
})(typeof self !== 'undefined' ? self : this);
