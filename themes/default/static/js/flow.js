/*
 * Troubleshooting flows (```cx-troubleshoot blocks), enhanced.
 *
 * Without this script every step of a flow is visible and every answer is a link to the next
 * step's anchor. With it, a flow shows one step at a time, gets a Back and a Start over button,
 * and keeps the path walked in the URL (#flow-login=device,update-app,restart), so that a shared
 * link opens the same step and Back still works. Focus moves to the new step's heading, the
 * heading is announced, and scrolling is instant when the reader prefers reduced motion.
 * Plain ES2017, no libraries; the markup comes from the build (render/FlowHtml.java).
 */
(function () {
  'use strict';

  var CONTACT = 'contact';
  var reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

  class Flow {
    constructor(root) {
      this.root = root;
      this.id = root.id;
      this.start = root.getAttribute('data-flow-start');
      this.steps = new Map();
      this.next = new Map();
      for (const section of root.querySelectorAll('.flow__step[data-step]')) {
        const step = section.getAttribute('data-step');
        this.steps.set(step, section);
        this.next.set(step, Array.from(section.querySelectorAll('a[data-next]'),
          (link) => link.getAttribute('data-next')));
      }
      this.nav = root.querySelector('.flow__nav');
      this.back = root.querySelector('.flow__back');
      this.restart = root.querySelector('.flow__restart');
      this.live = root.querySelector('.flow__live');
      this.path = [this.start];

      root.classList.add('flow--js');
      if (this.nav) {
        this.nav.hidden = false;
      }
      root.addEventListener('click', (event) => this.onClick(event));
      if (this.back) {
        this.back.addEventListener('click', () => this.goBack());
      }
      if (this.restart) {
        this.restart.addEventListener('click', () => this.go([this.start], 'push', false));
      }
    }

    /** Shows the step the URL names, if it names one of this flow; else the start. */
    open(hash) {
      const path = this.pathFrom(hash);
      if (path) {
        this.path = path;
        history.replaceState({ flow: this.id, back: false }, '', this.hash(path));
        this.render(true);
      } else {
        this.render(false);
      }
    }

    onClick(event) {
      const link = event.target.closest('a[data-next]');
      if (!link || event.defaultPrevented || event.button !== 0
          || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
      const step = link.getAttribute('data-next');
      // "contact" leaves the flow: the link goes on to the page's contact block, and so does focus,
      // so that a screen reader or keyboard user lands where the page scrolled to, not on <body>.
      if (step === CONTACT || !this.steps.has(step)) {
        const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        if (target) {
          if (!target.hasAttribute('tabindex')) {
            target.setAttribute('tabindex', '-1');
          }
          target.focus({ preventScroll: true }); // the link's own navigation scrolls it into view
        }
        return;
      }
      event.preventDefault();
      this.go(this.path.concat(step), 'push', true);
    }

    goBack() {
      if (this.path.length < 2) {
        return;
      }
      const state = history.state;
      if (state && state.flow === this.id && state.back) {
        history.back(); // the entry before holds this path without its last step; popstate shows it
      } else {
        this.go(this.path.slice(0, -1), 'replace', false);
      }
    }

    /** {@code back}: the history entry before this one holds the same path less its last step. */
    go(path, how, back) {
      this.path = path;
      const state = { flow: this.id, back: back };
      if (how === 'push') {
        history.pushState(state, '', this.hash(path));
      } else {
        history.replaceState(state, '', this.hash(path));
      }
      this.render(true);
    }

    /** Called when the URL changed under us (browser Back or Forward, an edited hash). */
    follow(hash) {
      let path = this.pathFrom(hash);
      if (!path && (hash === '' || hash === '#')) {
        path = [this.start];
      }
      if (path && path.join(',') !== this.path.join(',')) {
        this.path = path;
        this.render(true);
      }
    }

    render(focus) {
      const current = this.path[this.path.length - 1];
      for (const [step, section] of this.steps) {
        section.hidden = step !== current;
      }
      if (this.back) {
        this.back.disabled = this.path.length < 2;
      }
      if (this.restart) {
        this.restart.hidden = this.path.length < 2;
      }
      const section = this.steps.get(current);
      const heading = section.querySelector('.flow__title');
      if (this.live && heading) {
        this.live.textContent = heading.textContent;
      }
      if (focus && heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        const top = this.root.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight * 0.6) {
          const smooth = !(reducedMotion && reducedMotion.matches);
          this.root.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
        }
      }
    }

    hash(path) {
      return '#' + this.id + '=' + path.join(',');
    }

    /**
     * The path a hash names: #<flow>=a,b,c (kept up to its first step that does not follow from
     * the one before), #<flow>-<step> (a link from the page without script: the shortest way
     * there) or #<flow> (the start). Null when the hash is about something else.
     */
    pathFrom(hash) {
      let name;
      try {
        name = decodeURIComponent(hash.replace(/^#/, ''));
      } catch (e) {
        return null;
      }
      if (name === this.id) {
        return [this.start];
      }
      if (name.startsWith(this.id + '=')) {
        const steps = name.slice(this.id.length + 1).split(',');
        const path = [this.start];
        for (let i = steps[0] === this.start ? 1 : steps.length; i < steps.length; i++) {
          if (!this.steps.has(steps[i]) || this.next.get(path[path.length - 1]).indexOf(steps[i]) < 0) {
            break;
          }
          path.push(steps[i]);
        }
        return path;
      }
      if (name.startsWith(this.id + '-') && this.steps.has(name.slice(this.id.length + 1))) {
        return this.shortestPath(name.slice(this.id.length + 1));
      }
      return null;
    }

    shortestPath(target) {
      const before = new Map([[this.start, null]]);
      const queue = [this.start];
      while (queue.length > 0) {
        const step = queue.shift();
        if (step === target) {
          const path = [];
          for (let s = step; s !== null; s = before.get(s)) {
            path.unshift(s);
          }
          return path;
        }
        for (const next of this.next.get(step) || []) {
          if (this.steps.has(next) && !before.has(next)) {
            before.set(next, step);
            queue.push(next);
          }
        }
      }
      return [this.start];
    }
  }

  const flows = Array.from(document.querySelectorAll('.flow[data-flow-start]'), (root) => new Flow(root));
  if (flows.length === 0) {
    return;
  }
  flows.forEach((flow) => flow.open(location.hash));
  const follow = () => flows.forEach((flow) => flow.follow(location.hash));
  window.addEventListener('popstate', follow);
  window.addEventListener('hashchange', follow);
}());
