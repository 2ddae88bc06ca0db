package com.leadaudit.crm;

import com.leadaudit.followup.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelRulesTest {

    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', textBlock = """
            Email     |            | Hello                        | false | false | EMAIL      | subtype Email
            Call      |            | Intro                        | false | false | CALL       | subtype Call
            LinkedIn  |            | InMail                       | false | false | LINKEDIN   | subtype LinkedIn
            ListEmail |            | Newsletter                   | false | false | MASS_EMAIL | subtype ListEmail
            List Email|            | Newsletter                   | false | false | MASS_EMAIL | subtype written List Email
            Cadence   | Call       | Step 1                       | false | false | TASK       | subtype Cadence is a task whatever the Type
            Task      |            | Call Anna back               | false | false | TASK       | subtype Task is a to-do: its subject does not make it a call
            Task      | Call       | Anna                         | false | false | CALL       | subtype Task with Type Call is a call
            Task      | Email      | Anna                         | false | false | EMAIL      | subtype Task with Type Email is an email
            Task      | Meeting    | Anna                         | false | false | MEETING    | subtype Task with Type Meeting is a meeting
            Task      | Other      | Anna                         | true  | false | TASK       | subtype Task with a vague Type stays a task
            Task      | List Email | Newsletter                   | false | false | MASS_EMAIL | subtype Task with Type List Email is still mass mail
            Email     | Call       | Hi                           | false | false | EMAIL      | subtype beats Type
            Email     |            | List Email: Promo            | false | false | EMAIL      | a recorded subtype beats the subject
            Task      |            | Mass Email: Promo            | false | false | MASS_EMAIL | subtype Task with a mass-email subject is mass mail
            ''        | Email      | List Email: Promo            | false | false | MASS_EMAIL | a mass-email subject beats Type Email
            ''        | Call       | Hi                           | false | false | CALL       | no subtype: Type Call
            ''        | Email      | Hi                           | false | false | EMAIL      | no subtype: Type Email
            ''        | Meeting    | Lunch                        | false | false | MEETING    | no subtype: Type Meeting
            ''        | Mass Email | Promo                        | false | false | MASS_EMAIL | no subtype: Type Mass Email
            ''        | List Email | Promo                        | false | false | MASS_EMAIL | no subtype: Type List Email
            ''        | Llamada    | Hola                         | false | false | CALL       | localized Type label from a report export
            ''        | Other      | Hi                           | false | false | OTHER      | Type Other without evidence is other
            ''        | Other      | Email: Hi                    | false | false | EMAIL      | Type Other with an email subject is an email
            ''        |            | Email: Your visit            | false | false | EMAIL      | old export: Email: prefix
            ''        |            | email:lower case             | false | false | EMAIL      | prefixes ignore case
            ''        |            | List Email: Spring promo     | false | false | MASS_EMAIL | old export: List Email: prefix
            ''        |            | Mass Email: Spring promo     | false | false | MASS_EMAIL | old export: Mass Email: prefix
            ''        |            | List Email: Promo            | true  | false | MASS_EMAIL | a mass subject beats an EmailMessageId
            ''        |            | Call                         | false | false | CALL       | old export: subject Call
            ''        |            | Call back about pricing      | false | false | CALL       | old export: subject starting Call
            ''        |            | Follow up                    | true  | false | EMAIL      | old export: EmailMessageId
            ''        |            | Follow up                    | false | true  | CALL       | old export: CallType or CallDurationInSeconds
            ''        |            | Follow up                    | false | false | TASK       | old export without evidence is a task
            ''        |            |                              | false | false | TASK       | nothing at all is a task
            ''        |            | Correo electrónico: Hola     | false | false | EMAIL      | Spanish email prefix
            ''        |            | correo electronico: sin tilde| false | false | EMAIL      | Spanish email prefix without accent
            ''        |            | Email: Hola                  | false | false | EMAIL      | Spanish orgs also log Email:
            ''        |            | Email de lista: Invitación   | false | false | MASS_EMAIL | Spanish list email is mass mail
            ''        |            | Llamada saliente             | false | false | CALL       | Spanish outgoing call
            ''        |            | LLAMADA entrante             | false | false | CALL       | Spanish call in capitals
            ''        |            | E-Mail: Ihr Besuch           | false | false | EMAIL      | German email prefix
            ''        |            | Listen-E-Mail: Newsletter    | false | false | MASS_EMAIL | German list email is mass mail
            ''        |            | Anruf bei Kunde              | false | false | CALL       | German call
            ''        |            | E-mail : Votre visite        | false | false | EMAIL      | French email prefix with a space before the colon
            ''        |            | E-mail de liste : Invitation | false | false | MASS_EMAIL | French list email is mass mail
            ''        |            | Appel sortant                | false | false | CALL       | French call
            ''        |            | E-mail: Sua visita           | false | false | EMAIL      | Portuguese email prefix
            ''        |            | E-mail de lista: Convite     | false | false | MASS_EMAIL | Portuguese list email is mass mail
            ''        |            | Ligação realizada            | false | false | CALL       | Brazilian call
            ''        |            | Chamada                      | false | false | CALL       | Portuguese call
            ''        |            | Chiamata in uscita           | false | false | CALL       | Italian call
            ''        |            | Gesprek met klant            | false | false | CALL       | Dutch call
            ''        |            | Bellen                       | false | false | CALL       | Dutch call, other word
            ''        |            | Meeting prep                 | false | false | TASK       | a subject starting Meeting is not a meeting
            ''        |            | Emailed the deck             | false | false | TASK       | Email without the colon is not the logged-email prefix
            """)
    void salesforceTask(String subtype, String type, String subject, boolean emailMessageId, boolean callFields,
                        Channel expected, String why) {
        assertThat(ChannelRules.salesforceTask(subtype, type, subject, emailMessageId, callFields))
                .as(why).isEqualTo(expected);
    }

    @Test
    void salesforceEventIsAMeeting() {
        assertThat(ChannelRules.salesforceEvent()).isEqualTo(Channel.MEETING);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            email   | Marketing email  | MARKETING_EMAIL | email export row of a marketing email
            ''      | MARKETING_EMAIL  | MARKETING_EMAIL | activity type MARKETING_EMAIL
            email   | EMAIL            | EMAIL           | sales email
            email   | INCOMING_EMAIL   | EMAIL           | an incoming email is still an email; direction excludes it
            call    |                  | CALL            | calls export
            meeting |                  | MEETING         | meetings export
            note    |                  | NOTE            | notes export
            task    | TODO             | TASK            | a to-do task
            task    | EMAIL            | TASK            | a task of type EMAIL is a reminder, still a task
            task    | CALL             | TASK            | a task of type CALL is a reminder, still a task
            task    | LINKED_IN        | TASK            | a task of type LINKED_IN is a reminder, still a task
            ''      | Email            | EMAIL           | activity-type column: Email
            ''      | Call             | CALL            | activity-type column: Call
            ''      | Meeting          | MEETING         | activity-type column: Meeting
            ''      | Task             | TASK            | activity-type column: Task
            ''      | LINKEDIN_MESSAGE | LINKEDIN        | activity-type column: LinkedIn message
            ''      | SMS              | OTHER           | anything else is other
            """)
    void hubspot(String exportKind, String typeValue, Channel expected, String why) {
        assertThat(ChannelRules.hubspot(exportKind, typeValue)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Dynamics \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            email            | EMAIL
            Email            | EMAIL
            phonecall        | CALL
            Phone Call       | CALL
            4210             | CALL
            appointment      | MEETING
            Appointment      | MEETING
            task             | TASK
            Task             | TASK
            letter           | OTHER
            fax              | OTHER
            campaignactivity | MASS_EMAIL
            Campaign Activity| MASS_EMAIL
            bulkoperation    | MASS_EMAIL
            socialactivity   | OTHER
            ''               | OTHER
            """)
    void dynamics(String code, Channel expected) {
        assertThat(ChannelRules.dynamics(code)).isEqualTo(expected);
    }
}
