/**
 * Work that can wait until the next frame is on screen: the new page is shown first and
 * the browser's bookkeeping (the history entry, the title, focus) follows a frame later.
 * Tasks run in the order they were queued. A tab in the background draws no frames, so
 * a timer runs them there.
 */
const queue: (() => void)[] = []

function run() {
  for (const task of queue.splice(0)) task()
}

export function afterPaint(task: () => void) {
  queue.push(task)
  if (queue.length > 1) return
  requestAnimationFrame(() => setTimeout(run))
  setTimeout(run, 200)
}
