"""The analyst page in headless Chromium (the Debian `chromium` package, no downloads)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from services.api.app import create_app
from tests.api.conftest import settings_for
from tests.api.server import serve
from tests.api.support import make_keys, resolve, seed

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
    ),
]


async def test_analyst_page(sqlite_url: str) -> None:
    playwright_api = pytest.importorskip("playwright.async_api")
    from shared.db.engine import create_engine

    engine: AsyncEngine = create_engine(sqlite_url)
    keys = await make_keys(engine)
    rows = await seed(engine, 10)
    app = create_app(settings_for(sqlite_url, api_open_reads=True), resolve_actor=resolve)
    try:
        async with serve(app) as base, playwright_api.async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = await browser.new_page()
            await page.goto(base + "/")
            assert await page.locator("tr.claim").count() == 10

            # filter by an alias and a stance
            await page.fill("input[name=subject]", "Beijing")
            await page.select_option("select[name=stance]", "denied")
            await page.click("form.filters button[type=submit]")
            await page.wait_for_url("**/?subject=Beijing*")
            assert await page.locator("tr.claim").count() == 2
            subjects = await page.locator("tr.claim td:nth-child(2)").all_inner_texts()
            assert set(subjects) == {"China"}

            # a claim's page highlights its evidence in the article text
            await page.locator("tr.claim a.evidence").first.click()
            await page.wait_for_url("**/claims/*")
            mark = page.locator(".article-text mark#evidence")
            assert await mark.inner_text() == "Beijing denied sending engines to Russia."
            assert await page.locator("a.source-link").get_attribute("href") == (
                next(
                    r.article_url
                    for r in rows
                    if r.claim_type == "component_supply" and r.id in page.url
                )
            )

            # the actor page shows a timeline
            await page.goto(base + "/actors/PRC")
            assert await page.locator("h1").inner_text() == "China"
            assert await page.locator("table.timeline tr").count() == 1

            # create a subscription with an admin key and see it listed
            await page.goto(base + "/subscriptions?subject=Iran")
            await page.fill("#api-key", keys.admin)
            await page.click("#save-key")
            await page.fill("#new-subscription input[name=target]", "analyst@example.org")
            await page.click("#new-subscription button[type=submit]")
            row = page.locator("tr.subscription")
            await row.first.wait_for()
            text = await row.first.inner_text()
            assert "Iran" in text and "analyst@example.org" in text

            # a wrong key is reported, not silently ignored
            await page.fill("#api-key", "cw_wrong_key")
            await page.click("#save-key")
            await page.locator("#status.error").wait_for()
            assert "invalid" in await page.locator("#status").inner_text()
            await browser.close()
    finally:
        await engine.dispose()


async def test_pages_say_a_key_is_needed_when_reads_are_closed(sqlite_url: str) -> None:
    import httpx

    app = create_app(settings_for(sqlite_url), resolve_actor=resolve)
    async with serve(app) as base, httpx.AsyncClient(base_url=base) as client:
        response = await client.get("/")
        assert response.status_code == 401 and "API key needed" in response.text
        assert (await client.get("/subscriptions")).status_code == 200
