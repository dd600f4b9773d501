import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { image } from '../support/images.js'
import { withIptc } from '../support/iptc.js'
import { checkScreen, useNewsroom } from './support.js'

const newsroom = useNewsroom()

describe('the media library', () => {
  it('uploads several dropped files with progress, prefills IPTC, saves credit and focal point', async () => {
    const page = await newsroom.pageAs('author', '/media')
    await page.getByRole('heading', { name: 'Media', level: 1 }).waitFor()
    await page.locator('.media-grid').waitFor()
    await checkScreen(page, 'media')
    // Progress events observed in the page, so the test sees the upload's own progress.
    await page.evaluate(() => {
      const seen: number[] = []
      ;(window as unknown as { progress: number[] }).progress = seen
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the request below
      const send = XMLHttpRequest.prototype.send
      XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
        this.upload.addEventListener('progress', (e) => seen.push(e.loaded / e.total))
        send.call(this, body)
      }
    })
    const one = withIptc(await image('jpeg', 2400, 1600, 10), {
      credit: 'Ana Lima / Harbour Press',
      caption: 'Fishing boats at dawn',
    })
    const two = await image('jpeg', 1200, 900, 90)
    const files = [
      { name: 'boats.jpg', mimeType: 'image/jpeg', buffer: one },
      { name: 'quay.jpg', mimeType: 'image/jpeg', buffer: two },
    ]
    const transfer = await page.evaluateHandle(
      (list) => {
        const dt = new DataTransfer()
        for (const f of list)
          dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.mimeType }))
        return dt
      },
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] })),
    )
    await page.dispatchEvent('.media-scene', 'dragover', { dataTransfer: transfer })
    await page.dispatchEvent('.media-scene', 'drop', { dataTransfer: transfer })
    const uploads = page.getByRole('region', { name: 'Uploads' })
    await uploads.getByText('boats.jpg').waitFor()
    await uploads.getByText('quay.jpg').waitFor()
    await expect.poll(() => uploads.getByText('Uploaded').count(), { timeout: 30_000 }).toBe(2)
    const progress = await page.evaluate(
      () => (window as unknown as { progress: number[] }).progress,
    )
    expect(progress.length).toBeGreaterThan(0)
    expect(Math.max(...progress)).toBe(1)
    expect(await uploads.getByRole('progressbar').count()).toBe(2)

    await page.getByRole('button', { name: /Fishing boats at dawn.*Ana Lima/ }).click()
    const detail = page.getByRole('complementary', { name: 'Photo details' })
    expect(await detail.getByLabel('Credit').inputValue()).toBe('Ana Lima / Harbour Press')
    expect(await detail.getByLabel('Caption').inputValue()).toBe('Fishing boats at dawn')
    await detail.getByLabel('Credit').fill('Ana Lima / Harbour Press Agency')
    await detail.getByLabel('Alt text').fill('Three trawlers moored at the quay at first light')
    const frame = detail.getByRole('slider', { name: 'Focal point' })
    const box = await frame.boundingBox()
    if (box === null) throw new Error('no focal frame')
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.75)
    await frame.press('ArrowRight')
    expect(await frame.getAttribute('aria-valuetext')).toBe('27% across, 75% down')
    const crop = detail.locator('.crop-16x9 img')
    expect(await crop.evaluate((img) => (img as HTMLImageElement).style.objectPosition)).toBe(
      '27% 75%',
    )
    await checkScreen(page, 'media-detail')
    await detail.getByRole('button', { name: 'Save photo details' }).click()
    await detail.getByRole('status').getByText('Saved').waitFor()
    const { items } = await newsroom.services.media.list({
      actor: systemActor('test'),
      q: 'trawlers',
      before: null,
    })
    expect(items[0]).toMatchObject({
      credit: 'Ana Lima / Harbour Press Agency',
      focalX: 0.27,
      focalY: 0.75,
    })
    expect(await detail.getByText('Not used in any story yet.').count()).toBe(1)
  })
})
