"""The profile pages: the form, its submission (show matches or save), and loading the saved one."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from himjobs.web import _forms as forms
from himjobs.web import _security as security
from himjobs.web._render import ProfileDirDep, blank_form, form_page, profile_from_query
from schemas import CandidateProfile

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def profile_form(request: Request) -> HTMLResponse:
    if not forms.has_profile(request.query_params):
        return blank_form(request)
    values, _, _ = profile_from_query(request)
    return form_page(request, values, {})


@router.post("/profile", response_model=None)
async def submit_profile(request: Request, pdir: ProfileDirDep) -> Response:
    data = await request.form()
    values = forms.read_form(data, data.getlist)
    profile, errors = forms.to_profile(values)
    errors = {**errors, **security.field_problems(values)}
    if profile is None or errors:
        return form_page(request, values, errors, status=422)
    if data.get("action") == "save":
        try:
            path = forms.save_profile(profile, pdir)
        except OSError as err:
            return form_page(
                request, values, {"form": f"Could not save: {err.strerror}"}, status=500
            )
        return form_page(request, values, {}, notice=f"Profile saved to {path}.")
    return RedirectResponse(f"/matches?{forms.query_string(values)}", status_code=303)


@router.get("/profile/load", response_class=HTMLResponse)
def load_profile(request: Request, pdir: ProfileDirDep) -> HTMLResponse:
    profile, problem = forms.load_saved(pdir)
    if profile is None:
        values = forms.from_profile(CandidateProfile())
        return form_page(request, values, {"form": problem or "No saved profile."}, status=404)
    notice = f"Loaded your profile from {forms.profile_path(pdir)}."
    return form_page(request, forms.from_profile(profile), {}, notice=notice)
