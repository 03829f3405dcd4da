/**
 * Work that can wait until the next frame is on screen: the new page is shown first and
 * the title and focus follow a frame later. Tasks run in the order they were queued, and
 * one that fails does not stop the rest. A tab in the background draws no frames, so a
 * timer runs them there.
 */
const queue: (() => void)[] = []
let fallback: ReturnType<typeof setTimeout> | undefined

function run() {
  clearTimeout(fallback)
  for (const task of queue.splice(0)) {
    try {
      task()
    } catch (error) {
      reportError(error)
    }
  }
}

export function afterPaint(task: () => void) {
  queue.push(task)
  if (queue.length > 1) return
  requestAnimationFrame(() => setTimeout(run))
  fallback = setTimeout(run, 200)
}
