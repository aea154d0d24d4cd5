/* SisterCities rich-text editor: a progressive enhancement of <textarea data-rich-text>. No dependencies, no build.
   Without JavaScript the textarea of HTML works as before; the server sanitizes whatever arrives (RichTextSanitizer). */
(function () {
  'use strict';

  /* Visible words, not icons: the accessible name is the visible label (WCAG 2.5.3), and nobody has to guess. */
  var TOOLS = [
    { command: 'formatBlock', value: 'h2', label: 'Heading 2', toggle: true },
    { command: 'formatBlock', value: 'h3', label: 'Heading 3', toggle: true },
    { command: 'bold', label: 'Bold', toggle: true },
    { command: 'italic', label: 'Italic', toggle: true },
    { command: 'insertUnorderedList', label: 'Bulleted list', toggle: true },
    { command: 'insertOrderedList', label: 'Numbered list', toggle: true },
    { command: 'createLink', label: 'Link', toggle: false },
    { command: 'formatBlock', value: 'blockquote', label: 'Quote', toggle: true },
    { command: 'undo', label: 'Undo', toggle: false }
  ];

  /* What the editor keeps when it loads HTML; the server's sanitizer is stricter and decides. */
  var ALLOWED = /^(P|H2|H3|H4|STRONG|B|EM|I|U|UL|OL|LI|A|BLOCKQUOTE|BR|TABLE|THEAD|TBODY|TR|TH|TD|FIGURE|FIGCAPTION)$/;
  var SAFE_LINK = /^(https?:|mailto:|tel:|\/|#)/i;

  function copyClean(source, target) {
    Array.prototype.forEach.call(source.childNodes, function (node) {
      if (node.nodeType === 3) {
        target.appendChild(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === 1) {
        if (/^(SCRIPT|STYLE|IFRAME|OBJECT|EMBED|TEMPLATE)$/.test(node.nodeName)) { return; }
        if (!ALLOWED.test(node.nodeName)) { copyClean(node, target); return; }
        var element = document.createElement(node.nodeName.toLowerCase());
        var href = node.getAttribute('href');
        if (node.nodeName === 'A' && href && SAFE_LINK.test(href.trim())) { element.setAttribute('href', href.trim()); }
        copyClean(node, element);
        target.appendChild(element);
      }
    });
  }

  function load(editor, html) {
    var parsed = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html');
    editor.textContent = '';
    copyClean(parsed.body, editor);
    if (!editor.firstChild) { editor.innerHTML = '<p><br></p>'; }
  }

  function isOn(tool) {
    try {
      if (tool.command === 'formatBlock') {
        return String(document.queryCommandValue('formatBlock')).toLowerCase() === tool.value;
      }
      return document.queryCommandState(tool.command);
    } catch (e) {
      return false;
    }
  }

  function enhance(textarea, index) {
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    var wrapper = document.createElement('div');
    wrapper.className = 'rte';
    var toolbar = document.createElement('div');
    toolbar.className = 'rte-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', 'Formatting' + (label ? ': ' + label.textContent.trim() : ''));
    var editor = document.createElement('div');
    editor.className = 'rte-editor';
    editor.id = 'rte-' + index;
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    if (label) {
      label.id = label.id || textarea.id + '-label';
      editor.setAttribute('aria-labelledby', label.id);
    }
    if (textarea.getAttribute('aria-describedby')) { editor.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby')); }
    toolbar.setAttribute('aria-controls', editor.id);

    var buttons = TOOLS.map(function (tool, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'rte-button';
      button.textContent = tool.label;
      button.tabIndex = i === 0 ? 0 : -1;
      if (tool.toggle) { button.setAttribute('aria-pressed', 'false'); }
      button.addEventListener('mousedown', function (event) { event.preventDefault(); });
      button.addEventListener('click', function () { run(tool); });
      toolbar.appendChild(button);
      return button;
    });

    function refresh() {
      if (document.activeElement !== editor && !toolbar.contains(document.activeElement)) { return; }
      TOOLS.forEach(function (tool, i) {
        if (tool.toggle) { buttons[i].setAttribute('aria-pressed', isOn(tool) ? 'true' : 'false'); }
      });
    }

    function run(tool) {
      editor.focus();
      if (tool.command === 'createLink') {
        var url = window.prompt('Link address (https://…)', 'https://');
        if (!url || !SAFE_LINK.test(url.trim())) { return; }
        document.execCommand('createLink', false, url.trim());
      } else if (tool.command === 'formatBlock') {
        document.execCommand('formatBlock', false, isOn(tool) ? 'p' : tool.value);
      } else {
        document.execCommand(tool.command, false, null);
      }
      refresh();
    }

    /* One tab stop for the whole toolbar; arrows, Home and End move between buttons (WAI-ARIA toolbar pattern). */
    toolbar.addEventListener('keydown', function (event) {
      var current = buttons.indexOf(document.activeElement);
      if (current < 0) { return; }
      var next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (next === undefined) { return; }
      event.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[current].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });

    load(editor, textarea.value);
    editor.addEventListener('focus', function () { document.execCommand('defaultParagraphSeparator', false, 'p'); });
    editor.addEventListener('keyup', refresh);
    editor.addEventListener('mouseup', refresh);
    document.addEventListener('selectionchange', refresh);

    wrapper.appendChild(toolbar);
    wrapper.appendChild(editor);
    textarea.parentNode.insertBefore(wrapper, textarea);
    textarea.hidden = true;
    if (label) {
      label.addEventListener('click', function (event) { event.preventDefault(); editor.focus(); });
    }
    if (textarea.form) {
      textarea.form.addEventListener('submit', function () { textarea.value = editor.innerHTML; });
    }
  }

  function start() {
    if (typeof document.execCommand !== 'function' || !window.DOMParser) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-rich-text]'), enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
