namespace ResearchPlatform.Components.JupyterHub;

/// <summary>The branded login page: JupyterHub's own, with the organisation, its logo and a message above the form.</summary>
public static class LoginTemplate
{
    public const string Directory = "/usr/local/share/jupyterhub/custom_templates";

    public const string Source = """
        {% extends "templates/login.html" %}
        {% block main %}
        <div class="text-center research-platform-branding">
          {% if logo_url %}<img src="{{ logo_url }}" alt="{{ organization }}" style="max-height: 80px">{% endif %}
          <h2>{{ organization }}</h2>
          {% if login_message %}<p>{{ login_message }}</p>{% endif %}
        </div>
        {{ super() }}
        {% endblock %}

        """;
}
