package com.scfengine.security;

import com.scfengine.common.DatabaseUnavailable;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, so users and groups made in
 * Camunda Admin work everywhere. The user's Camunda groups become the granted authorities. The password check and
 * the group lookup are two engine commands in one transaction (one connection and one commit per request,
 * not two). Camunda counts the failures: a user it delays or has locked after failed sign-ins is refused, with his
 * right password too, in the same words as a wrong password ({@link ApiRefusals}).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final TransactionTemplate transaction;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, PlatformTransactionManager transactions) {
    this.identityService = identityService;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null) {
      throw new BadCredentialsException("Bad user name or password");
    }
    List<SimpleGrantedAuthority> groups;
    try {
      groups = transaction.execute(tx -> {
        if (!identityService.checkPassword(userId, credentials.toString())) {
          return null; // committed all the same: Camunda counts the failed attempt (and locks the user after several)
        }
        return identityService.createGroupQuery().groupMember(userId).list()
            .stream().map(Group::getId).map(SimpleGrantedAuthority::new).toList();
      });
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.in(e)) {
        throw new IdentityServiceUnavailableException(e);
      }
      throw e;
    }
    if (groups == null) {
      throw new BadCredentialsException("Bad user name or password");
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** The identity service's database cannot be reached: the client is told to try again, not that it is unknown. */
  static final class IdentityServiceUnavailableException
      extends org.springframework.security.authentication.AuthenticationServiceException {
    IdentityServiceUnavailableException(Throwable cause) {
      super(DatabaseUnavailable.DETAIL, cause);
    }
  }
}
