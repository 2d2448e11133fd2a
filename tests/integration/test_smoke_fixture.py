from expertteam_app.domain.enums import Role
from expertteam_app.services import team as team_service


def test_template_copy_opens_for_every_role(open_team):
    for role in Role:
        team = open_team(role)
        assert team.actor.role == role
        with team.unit_of_work() as uow:
            names = [m.name for m in team_service.list_members(uow)]
        assert len(names) == 4
